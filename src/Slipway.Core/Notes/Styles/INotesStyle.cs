using Slipway.Core.Configuration;

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// Shapes a <see cref="NotesModel"/> into text, written straight to the output; one implementation
/// per style. Each style says what it shows (<see cref="Capabilities"/>), so that the generator
/// reads no more of the history than the style prints and asks nothing of a style's type.
/// </summary>
public interface INotesStyle
{
    NotesCapabilities Capabilities(NotesSettings settings);

    void Write(NotesModel model, TextWriter output);
}

/// <summary>What a style shows of the notes.</summary>
/// <param name="Descriptions">
/// Which changes' descriptions (the first prose paragraph of their message) the style prints, from
/// their conventional title and whether they are breaking; null when it may print any (a template
/// receives the whole model).
/// </param>
/// <param name="NewContributors">Whether it lists first-time contributors (which costs a look at the history before the range).</param>
/// <param name="PreReleaseLine">Whether <c>notes.prerelease</c> replaces the notes of a pre-release with its one line.</param>
/// <param name="PullRequestsOnly">Whether it lists only changes that came through a pull request, as GitHub's generated notes do.</param>
/// <param name="RenderedFirst">
/// Whether writing can fail on the history (a template): then the notes are rendered in full before
/// any output or file is opened, so that a failure leaves nothing half written.
/// </param>
/// <param name="Authors">Whether it names the authors of changes (so naming them by @login needs a forge token).</param>
public sealed record NotesCapabilities(History.TextWanted? Descriptions, bool NewContributors, bool PreReleaseLine, bool PullRequestsOnly, bool RenderedFirst = false, bool Authors = true);

public static class NotesStyleExtensions
{
    public static string Render(this INotesStyle style, NotesModel model)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        style.Write(model, text);
        return text.ToString();
    }
}
