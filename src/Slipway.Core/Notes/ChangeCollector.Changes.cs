using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>How <see cref="ChangeCollector"/> makes a change of a commit: its section, its author, its links.</summary>
public sealed partial class ChangeCollector
{
    private ChangeModel FromCommit(Commit commit)
    {
        var conventional = commit.Conventional;
        var note = commit.Trailers.Count == 0 ? null : ConventionalCommit.BreakingNoteOf(commit.Trailers);
        return Change(
            commit.Id,
            commit.Title,
            conventional?.DescriptionStart ?? 0,
            conventional?.Type,
            conventional?.Scope,
            conventional?.Breaking ?? note is not null,
            note,
            commit.Text,
            commit.PullRequest,
            commit.Author,
            commit.Trailers.Count == 0 ? [] : CoAuthors([commit.Trailers]),
            1);
    }

    /// <summary>Like <see cref="FromCommit"/>, for a main-line commit taken as it is read (no Commit is made for it).</summary>
    private ChangeModel FromRecord(in CommitRecord commit) => Change(
        commit.Id,
        commit.Title,
        commit.Conventional?.DescriptionStart ?? 0,
        commit.Conventional?.Type,
        commit.Conventional?.Scope,
        commit.Breaking,
        commit.BreakingNote,
        commit.Text,
        commit.PullRequest,
        commit.Author,
        commit.Trailers.Count == 0 ? [] : CoAuthors([commit.Trailers]),
        1);

    private ChangeModel Change(CommitId id, string title, int descriptionStart, string? type, string? scope, bool breaking, string? note, string text, int? pullRequest, Person author, List<Person> coAuthors, int count)
    {
        var authorModel = Author(author);
        return new ChangeModel
        {
            Title = title,
            DescriptionStart = descriptionStart,
            Type = type,
            Scope = scope,
            Category = _categories.Of(breaking, title, type, scope),
            Breaking = breaking,
            BreakingNote = note,
            Text = text,
            PullRequest = pullRequest,
            Author = authorModel,
            CoAuthors = coAuthors.Count == 0 ? [] : coAuthors.ConvertAll(Author),
            Commits = count,
            Id = id,
            RepositoryUrl = repositoryUrl,
        };
    }

    private AuthorModel Author(Person person)
    {
        if (!_authors.TryGetValue(person, out var author))
        {
            _authors[person] = author = new AuthorModel(person.Name, person.Email, null, _bots.IsBot(person));
        }

        return author;
    }
}
