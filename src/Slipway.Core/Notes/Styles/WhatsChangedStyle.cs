using Slipway.Core.Configuration;

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// bpfman's CHANGELOG format, which is GitHub's generated notes with a summary on top: the summary
/// paragraph without a heading, "What's Changed" as a flat list of the pull requests (as GitHub's
/// list has them: commits pushed without one are not listed), "New Contributors" when there are
/// any, and the Full Changelog link. With a forge token and <c>.github/release.yml</c> categories,
/// the list is grouped by label under their titles, as GitHub groups it.
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

        // The notices (CRD changes) head the list of pull requests, in GitHub's bullet. With release.yml's
        // categories (labels from the forge), GitHub heads each group with its title, right above its lines.
        var pullRequests = model.Changes.Where(c => c.PullRequest is not null).ToList();
        if (pullRequests.Count > 0 || model.Notices.Count > 0)
        {
            var notices = model.Notices.Select(n => (Action<TextWriter>)(o => MarkdownWriter.NoticeLine(o, n, '*')));
            var changes = model.LabelCategories.Count == 0
                ? pullRequests.Select(Line)
                : model.LabelCategories.SelectMany(category => category.Changes.Select(Line).Prepend(o => o.Write($"### {category.Title}")));
            text.Section("What's Changed", notices.Concat(changes), (o, write) => write(o));
        }

        if (model.NewContributors.Count > 0)
        {
            text.Section("New Contributors", model.NewContributors, (o, c) => o.Write($"* {c.Author.Display} made their first contribution in {c.Link}"));
        }

        text.Block(MarkdownWriter.FullChangelog(model));
    }

    private static Action<TextWriter> Line(ChangeModel change) => output => MarkdownWriter.GeneratedLine(output, change);
}
