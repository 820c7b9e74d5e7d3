using System.Net;
using System.Text;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;

namespace Slipway.Core.Tests.Forges;

/// <summary>The GitHub client against a scripted transport: the page bound, links that leave the API, and a POST whose connection broke.</summary>
public sealed class GitHubPagingTests
{
    private const string Release = """{"id":7,"tag_name":"v1.0.0","name":"v1.0.0","body":"notes","draft":false,"prerelease":false,"html_url":"https://github.com/o/r/releases/tag/v1.0.0"}""";

    [Fact]
    public void A_list_that_never_ends_stops_at_the_page_bound_with_its_own_code()
    {
        var transport = new Transport(request => Json("[]", $"<https://api.github.com/repositories/1/releases?per_page=100&page={Page(request) + 1}>; rel=\"next\""));
        var failure = Should.Throw<SlipwayException>(() => Client(transport).DraftRelease("v1.0.0"));
        failure.Kind.ShouldBe(Errors.GitHubListTooLong);
        failure.Message.ShouldBe("GET /repos/o/r/releases: GitHub lists more than 50 pages; Slipway does not decide on part of a list");
        transport.Requests.Count.ShouldBe(GitHubPages.MostPages);
        transport.Requests[1].ShouldBe("GET /repositories/1/releases?per_page=100&page=2");
    }

    [Fact]
    public void A_next_page_outside_the_api_is_not_followed_since_the_token_would_go_with_it()
    {
        var transport = new Transport(_ => Json("[]", "<https://collector.example/releases?page=2>; rel=\"next\""));
        var failure = Should.Throw<SlipwayException>(() => Client(transport).DraftRelease("v1.0.0"));
        failure.Kind.ShouldBe(Errors.GitHubFailed);
        failure.Message.ShouldBe("GET /repos/o/r/releases: GitHub's next page is not under https://api.github.com: not followed, the token goes with it");
        transport.Requests.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_link_on_an_answer_that_is_not_a_list_is_never_followed_nor_an_error()
    {
        var transport = new Transport(_ => Json(Release, "<https://collector.example/releases?page=2>; rel=\"next\""));
        Client(transport).ReleaseByTag("v1.0.0")!.Id.ShouldBe(7);
        transport.Requests.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_post_whose_connection_broke_is_looked_up_before_it_is_sent_again()
    {
        var sleeps = new List<TimeSpan>();
        var transport = new Transport(request => request.Method == HttpMethod.Post
            ? throw new HttpRequestException("The response ended prematurely.")
            : Json(Release));
        var made = Client(transport, sleeps.Add).CreateRelease(new ReleaseWrite("v1.0.0", "v1.0.0", "notes\n", Prerelease: false, Draft: false));
        made.Id.ShouldBe(7);
        transport.Requests.ShouldBe(["POST /repos/o/r/releases", "GET /repos/o/r/releases/tags/v1.0.0"]);
        sleeps.ShouldBe([TimeSpan.FromSeconds(1)]);
    }

    [Fact]
    public void A_post_that_breaks_every_time_is_sent_three_times_and_reported_with_githubs_host()
    {
        var transport = new Transport(request => request.Method == HttpMethod.Post
            ? throw new HttpRequestException("Connection reset by peer")
            : request.RequestUri!.AbsolutePath.Contains("/tags/", StringComparison.Ordinal) ? new HttpResponseMessage(HttpStatusCode.NotFound) : Json("[]"));
        var failure = Should.Throw<GitHubException>(() => Client(transport).CreateRelease(new ReleaseWrite("v1.0.0", "v1.0.0", "notes", false, false)));
        failure.Message.ShouldBe("POST /repos/o/r/releases: api.github.com could not be reached: Connection reset by peer");
        failure.OutcomeUnknown.ShouldBeTrue();
        transport.Requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal)).ShouldBe(3);
    }

    private static GitHubClient Client(Transport transport, Action<TimeSpan>? sleep = null)
    {
        var host = new RunHost(name => name == "GITHUB_TOKEN" ? "ghp_test" : null, () => DateTimeOffset.UnixEpoch, sleep ?? (_ => { }));
        var http = new GitHubHttp(new Uri("https://api.github.com/"), GitHubToken.Find(host)!, host, transport);
        return new GitHubClient(http, new ForgeRepository("https://github.com", "o", "r"));
    }

    private static int Page(HttpRequestMessage request) =>
        System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["page"] is { } page ? int.Parse(page, System.Globalization.CultureInfo.InvariantCulture) : 1;

    private static HttpResponseMessage Json(string body, string? link = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (link is not null)
        {
            response.Headers.Add("Link", link);
        }

        return response;
    }

    /// <summary>Answers each request with a script and records it as "METHOD /path?query".</summary>
    private sealed class Transport(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add($"{request.Method} {request.RequestUri!.PathAndQuery}");
            return answer(request);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));
    }
}
