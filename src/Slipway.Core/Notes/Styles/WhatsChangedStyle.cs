using Slipway.Core.Configuration;

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// bpfman's CHANGELOG format, which is GitHub's generated notes with a summary on top: the summary
/// paragraph without a heading, "What's Changed" as a flat list of the pull requests (as GitHub's
/// list has them: commits pushed without one are not listed), "New Contributors" when there are
/// any, and the Full Changelog link.
/// </summary>
public sealed class WhatsChangedStyle : INotesStyle
{
    /// <summary>Pull requests' titles only, and the New Contributors section.</summary>
    public NotesCapabilities Capabilities(NotesSettings settings) => new(static (_, _) => false, NewContributors: true, PreReleaseLine: true, PullRequestsOnly: true);

    public void Write(NotesModel model, TextWriter output)
    {
        var text = new MarkdownWriter(output);
        if (model.Highlights is { } summary)
        {
            text.Block(summary.Trim());
        }

        // The notices (CRD changes) head the flat list of pull requests, in GitHub's bullet.
        var pullRequests = model.Changes.Where(c => c.PullRequest is not null).ToList();
        if (pullRequests.Count > 0 || model.Notices.Count > 0)
        {
            var notices = model.Notices.Select(n => (Action<TextWriter>)(o => MarkdownWriter.NoticeLine(o, n, '*')));
            var lines = notices.Concat(pullRequests.Select(c => (Action<TextWriter>)(o => MarkdownWriter.GeneratedLine(o, c))));
            text.Section("What's Changed", lines, (o, write) => write(o));
        }

        if (model.NewContributors.Count > 0)
        {
            text.Section("New Contributors", model.NewContributors, (o, c) => o.Write($"* {c.Author.Display} made their first contribution in {c.Link}"));
        }

        text.Block(MarkdownWriter.FullChangelog(model));
    }
}
