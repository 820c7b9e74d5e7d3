using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Notes.Styles;

/// <summary>The style the notes are written in: a template when one is configured, else a built-in style by name.</summary>
public static class NotesStyleCatalog
{
    /// <param name="requested">A style named on the command line, overriding the configured style and template.</param>
    public static INotesStyle For(SlipwayConfig config, string? requested)
    {
        if (requested is null && config.Notes.Template is { } templatePath)
        {
            var full = ConfiguredPath.Resolve(config.Root, templatePath, "notes.template");
            var text = File.Exists(full)
                ? NotesInputFile.Read(full, $"the notes template {templatePath}")
                : throw new SlipwayException(Errors.NotesInputUnreadable, $"the notes template {templatePath} does not exist", "notes.template is relative to slipway.yaml");
            try
            {
                return new TemplateStyle(text, templatePath);
            }
            catch (NotesTemplateException e)
            {
                throw new SlipwayException(Errors.NotesTemplateInvalid, e.Message);
            }
        }

        return (requested ?? config.Notes.Style) switch
        {
            NotesStyles.GithubSections => new GithubSectionsStyle(),
            NotesStyles.WhatsChanged => new WhatsChangedStyle(),
            NotesStyles.KeepAChangelog => new KeepAChangelogStyle(),
            NotesStyles.ConventionalChangelog => new ConventionalChangelogStyle(config.Notes),
            var other => throw new SlipwayException(Errors.Usage, $"'{other}' is not a notes style; the styles are {string.Join(", ", NotesStyles.All)}"),
        };
    }
}
