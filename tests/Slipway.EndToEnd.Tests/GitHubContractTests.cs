using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Slipway.EndToEnd.Tests.Support;
using Slipway.EndToEnd.Tests.Support.GitHubContract;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The fake GitHub holds every request to GitHub's own OpenAPI description: these send it requests
/// that break the contract in each way it checks, and one that keeps it, by hand.
/// </summary>
public sealed class GitHubContractTests
{
    private const string Releases = "/repos/kubeopencode/kubeopencode/releases";

    [Theory]
    [InlineData("GET", "/repos/kubeopencode/kubeopencode/relases", "GitHub's API has no path /repos/kubeopencode/kubeopencode/relases")]
    [InlineData("DELETE", "/repos/kubeopencode/kubeopencode/pulls", "GitHub has no DELETE on /repos/kubeopencode/kubeopencode/pulls")]
    [InlineData("GET", Releases + "?per_page=200", "query parameter 'per_page': 200 is above the maximum its description states ((max 100))")]
    [InlineData("GET", Releases + "?per_page=many", "query parameter 'per_page': 'many' is not an integer")]
    [InlineData("GET", Releases + "?draft=true", "query parameter 'draft' is not declared for GET /repos/{owner}/{repo}/releases (repos/list-releases)")]
    [InlineData("GET", Releases + "?page=1&page=2", "query parameter 'page' is given 2 times")]
    [InlineData("GET", "/repos/kubeopencode/kubeopencode/pulls?state=merged", "query parameter 'state': \"merged\" is not one of \"open\", \"closed\", \"all\"")]
    [InlineData("GET", "/repos/kubeopencode/kubeopencode/pulls/seven", "path parameter 'pull_number': 'seven' is not an integer")]
    [InlineData("GET", "/search/issues?per_page=1", "query parameter 'q' is required")]
    public void A_request_outside_the_description_is_refused_and_named(string method, string target, string violation)
    {
        using var github = new FakeGitHub();
        var answer = Send(github, method, target);
        var violations = github.TakeViolations();
        violations.ShouldHaveSingleItem().ShouldContain(violation);
        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.Body.ShouldStartWith("{\"message\":\"FakeGitHub: the request breaks GitHub");
    }

    [Theory]
    [InlineData("{\"tag_name\":\"v1\",\"draft\":\"no\"}", "body.draft: expected boolean, found the string \"no\"")]
    [InlineData("{\"name\":\"v1\"}", "body: the required property 'tag_name' is missing")]
    [InlineData("{\"tag_name\":\"v1\",\"pre_release\":true}", "body.pre_release: not a property GitHub's schema declares (GitHub would ignore it silently)")]
    [InlineData("{\"tag_name\":\"v1\",\"make_latest\":true}", "body.make_latest: expected string, found true")]
    [InlineData("{\"tag_name\":\"v1\",\"make_latest\":\"yes\"}", "body.make_latest: \"yes\" is not one of \"true\", \"false\", \"legacy\"")]
    [InlineData("{\"tag_name\":", "body: not JSON")]
    [InlineData("", "POST /repos/{owner}/{repo}/releases (repos/create-release) requires a JSON body")]
    public void A_body_outside_the_operations_schema_is_refused_and_named(string body, string violation)
    {
        using var github = new FakeGitHub();
        Send(github, "POST", Releases, body).Status.ShouldBe(HttpStatusCode.BadRequest);
        github.TakeViolations().ShouldHaveSingleItem().ShouldContain(violation);
        github.Releases.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Accept", "text/html", "header Accept: 'text/html' does not accept GitHub's JSON")]
    [InlineData("X-GitHub-Api-Version", "2021-01-01", "header X-GitHub-Api-Version: '2021-01-01', expected 2022-11-28")]
    [InlineData("Authorization", "Basic dXNlcjpwYXNz", "header Authorization: missing, or not 'Bearer TOKEN' / 'token TOKEN'")]
    [InlineData("User-Agent", "", "header User-Agent: missing")]
    public void The_headers_github_asks_of_every_request_are_required(string header, string value, string violation)
    {
        using var github = new FakeGitHub();
        Send(github, "GET", Releases, string.Empty, (header, value)).Status.ShouldBe(HttpStatusCode.BadRequest);
        github.TakeViolations().ShouldHaveSingleItem().ShouldContain(violation);
    }

    [Fact]
    public void A_request_that_keeps_the_contract_gets_githubs_example_filled_with_the_fakes_state()
    {
        using var github = new FakeGitHub();
        var created = Send(github, "POST", Releases, "{\"tag_name\":\"v1.0.0\",\"name\":\"v1.0.0\",\"body\":\"notes\",\"draft\":true,\"prerelease\":false}");
        created.Status.ShouldBe(HttpStatusCode.Created);
        created.Body.ShouldContain("\"tag_name\":\"v1.0.0\"");
        created.Body.ShouldContain("\"upload_url\":\"https://uploads.github.com/"); // from the description's example
        created.Body.ShouldContain("\"published_at\":null");
        github.Releases.ShouldHaveSingleItem().Draft.ShouldBeTrue();
    }

    [Fact]
    public void Lists_are_paged_as_github_pages_them_with_links_by_repository_id()
    {
        using var github = new FakeGitHub();
        for (var i = 0; i < 150; i++)
        {
            github.AddRelease($"v0.0.{i}");
        }

        var first = Send(github, "GET", Releases);
        first.Link.ShouldBe($"<{github.Api}/repositories/{FakeGitHub.RepositoryId}/releases?page=2>; rel=\"next\", <{github.Api}/repositories/{FakeGitHub.RepositoryId}/releases?page=5>; rel=\"last\"");
        first.Body.Split("\"tag_name\"").Length.ShouldBe(31); // the description's default per_page: 30

        var second = Send(github, "GET", $"/repositories/{FakeGitHub.RepositoryId}/releases?per_page=100&page=2");
        second.Status.ShouldBe(HttpStatusCode.OK);
        second.Body.Split("\"tag_name\"").Length.ShouldBe(51);
        second.Link.ShouldBe($"<{github.Api}/repositories/{FakeGitHub.RepositoryId}/releases?per_page=100&page=1>; rel=\"prev\", <{github.Api}/repositories/{FakeGitHub.RepositoryId}/releases?per_page=100&page=1>; rel=\"first\"");
        github.Requests[1].Path.ShouldBe(Releases);
    }

    [Fact]
    public void The_description_is_the_pinned_package_of_api_github_com()
    {
        var pinned = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "github-openapi", "package.json"));
        pinned.ShouldContain($"\"{OpenApiDescription.Package}\": \"{OpenApiDescription.GitHub.Version}\"");
        OpenApiDescription.GitHub.Root.GetProperty("servers")[0].GetProperty("url").GetString().ShouldBe("https://api.github.com");
    }

    private static (HttpStatusCode Status, string Body, string? Link) Send(FakeGitHub github, string method, string target, string? body = null, (string Name, string Value)? replaced = null)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), github.Api + target);
        var headers = new Dictionary<string, string>
        {
            ["Accept"] = "application/vnd.github+json",
            ["X-GitHub-Api-Version"] = RequestContract.ApiVersion,
            ["Authorization"] = "Bearer " + FakeGitHub.Token,
            ["User-Agent"] = "slipway-contract-test",
        };
        if (replaced is { } header)
        {
            headers[header.Name] = header.Value;
        }

        foreach (var (name, value) in headers.Where(h => h.Value.Length > 0))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is { Length: > 0 })
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = client.Send(request, TestContext.Current.CancellationToken);
        var text = new StreamReader(response.Content.ReadAsStream(TestContext.Current.CancellationToken)).ReadToEnd();
        return (response.StatusCode, text, response.Headers.TryGetValues("Link", out var links) ? links.Single() : null);
    }
}
