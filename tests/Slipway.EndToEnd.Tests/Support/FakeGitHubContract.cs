using Slipway.EndToEnd.Tests.Support.GitHubContract;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// The fake GitHub's contract: each request is checked against GitHub's description before anything
/// else (a scripted answer included), and each answer the fake makes itself against the schema of
/// that answer, so the fake cannot drift from GitHub's wire format either.
/// </summary>
public sealed partial class FakeGitHub
{
    /// <summary>The contract violations so far, cleared: a test that sends a bad request on purpose takes them, so disposing does not fail it.</summary>
    public IReadOnlyList<string> TakeViolations()
    {
        lock (_gate)
        {
            var taken = _violations.ToList();
            _violations.Clear();
            return taken;
        }
    }

    private FakeResponse Answer(RecordedRequest request)
    {
        var verdict = RequestContract.Check(OpenApiDescription.GitHub, request.Method, request.Path, request.Query, request.Headers, request.Body);
        if (verdict.Violations.Count > 0)
        {
            _violations.AddRange(verdict.Violations.Select(v => $"Slipway's request {request}: {v}"));
            return Error(400, $"FakeGitHub: the request breaks GitHub's contract: {string.Join("; ", verdict.Violations)}");
        }

        var scripted = _answers.FirstOrDefault(a => a.Times > 0 && a.Matches(request));
        if (scripted is not null)
        {
            scripted.Times--;
            if (scripted.Performed)
            {
                Route(request, verdict.Operation!);
            }

            return new FakeResponse(scripted.Status, scripted.Body, scripted.Headers);
        }

        var answer = Route(request, verdict.Operation!);
        _violations.AddRange(ResponseContract(verdict.Operation!, answer).Select(v => $"the fake's answer to {request}: {v}"));
        return answer;
    }

    // GitHub names a repository by id in the links it gives (/repositories/ID/...), a path its description does not list.
    private string ByRepositoryName(string path) => path.StartsWith($"/repositories/{RepositoryId}/", StringComparison.Ordinal)
        ? $"/repos/{Owner}/{Repo}/" + path[$"/repositories/{RepositoryId}/".Length..]
        : path;

    private static List<string> ResponseContract(OpenApiOperation operation, FakeResponse answer)
    {
        if (operation.ResponseSchema(answer.Status) is not { } schema)
        {
            return answer.Status < 400 ? [$"GitHub's description has no answer {answer.Status} for {operation}"] : [];
        }

        using var document = System.Text.Json.JsonDocument.Parse(answer.Body);
        return new SchemaCheck(operation.Description, strict: false).Problems(document.RootElement, schema, "answer");
    }
}
