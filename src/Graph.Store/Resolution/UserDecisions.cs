using Graph.Model;

namespace Graph.Store.Resolution;

/// <summary>
/// Reads the decisions file beside a store (<c>graph.db.entities.tsv</c>): plain text, <c>#</c> starts a comment,
/// each other non-blank line <c>merge KEEP OTHER</c> or <c>split A B</c>, words separated by tabs or spaces. A line
/// that cannot be used is reported (<c>FILE:LINE: reason</c>) and skipped; the others still apply.
/// </summary>
public static class UserDecisions
{
    /// <summary>The decisions file of the store at <paramref name="storePath"/>.</summary>
    public static string PathFor(string storePath) => storePath + ".entities.tsv";

    /// <summary>The usable decisions of <paramref name="lines"/>, in line order, and one error per unusable line.</summary>
    /// <param name="fileName">The file, as errors name it.</param>
    /// <param name="lines">Its lines.</param>
    /// <param name="typeOf">The type of each stored entity id (null for an unknown id).</param>
    public static (IReadOnlyList<UserDecision> Decisions, IReadOnlyList<string> Errors) Parse(
        string fileName, IEnumerable<string> lines, Func<string, EntityType?> typeOf)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(typeOf);
        var decisions = new List<UserDecision>();
        var errors = new List<string>();
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            int hash = raw.IndexOf('#', StringComparison.Ordinal);
            string[] words = (hash >= 0 ? raw[..hash] : raw).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            string? problem = Check(words, typeOf);
            if (problem is null)
            {
                decisions.Add(new UserDecision(number, words[0] == "merge", words[1], words[2]));
            }
            else
            {
                errors.Add($"{fileName}:{number}: {problem}");
            }
        }

        return (decisions, errors);
    }

    /// <summary>Why a decision on these ids cannot be taken, or null when it can.</summary>
    public static string? Check(IReadOnlyList<string> words, Func<string, EntityType?> typeOf)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(typeOf);
        if (words[0] is not ("merge" or "split"))
        {
            return $"unknown decision '{words[0]}' (expected 'merge KEEP OTHER' or 'split A B')";
        }

        if (words.Count != 3)
        {
            return $"'{words[0]}' takes two entity ids (found {words.Count - 1})";
        }

        if (typeOf(words[1]) is not { } first)
        {
            return $"unknown entity id '{words[1]}'";
        }

        if (typeOf(words[2]) is not { } second)
        {
            return $"unknown entity id '{words[2]}'";
        }

        if (words[1] == words[2])
        {
            return $"'{words[0]}' needs two different entities";
        }

        return words[0] == "merge" && first != second
            ? $"cannot merge {words[2]} ({second}) into {words[1]} ({first}): types differ"
            : null;
    }
}
