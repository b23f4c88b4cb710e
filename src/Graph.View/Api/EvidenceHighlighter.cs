using Graph.View.Api.Shapes;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// Finds where a sentence names the subject and the object of its fact: each one's name or an alias,
/// case-insensitive, as a whole word. Overlapping finds keep the earliest, then the longest.
/// </summary>
internal static class EvidenceHighlighter
{
    /// <summary>The highlights of <paramref name="sentence"/>, ordered by start.</summary>
    public static IReadOnlyList<ApiHighlight> Find(string sentence, ViewEntity subject, ViewEntity obj)
    {
        var found = new List<ApiHighlight>();
        var subjectNames = HighlightNames.Of(subject);
        var objectNames = HighlightNames.Of(obj);

        // A whole-word find starts where a word starts, and its first word is that word: one dictionary look-up per word.
        for (int at = 0; at < sentence.Length; at++)
        {
            if (!HighlightNames.IsWordChar(sentence, at) || HighlightNames.IsWordChar(sentence, at - 1))
            {
                continue;
            }

            ReadOnlySpan<char> word = sentence.AsSpan(at, HighlightNames.FirstWordEnd(sentence, at) - at);
            CollectAt(sentence, at, subjectNames.StartingWith(word), "subject", found);
            CollectAt(sentence, at, objectNames.StartingWith(word), "object", found);
        }

        CollectAnywhere(sentence, subjectNames.Others, "subject", found);
        CollectAnywhere(sentence, objectNames.Others, "object", found);
        var kept = new List<ApiHighlight>();
        foreach (var highlight in found.OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Role, StringComparer.Ordinal))
        {
            if (kept.Count == 0 || highlight.Start >= kept[^1].End)
            {
                kept.Add(highlight);
            }
        }

        return kept;
    }

    private static void CollectAt(string sentence, int at, string[] names, string role, List<ApiHighlight> found)
    {
        foreach (string name in names)
        {
            int end = at + name.Length;
            if (end <= sentence.Length && string.Compare(sentence, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && !HighlightNames.IsWordChar(sentence, end))
            {
                found.Add(new ApiHighlight(at, end, role));
            }
        }
    }

    private static void CollectAnywhere(string sentence, IReadOnlyList<string> names, string role, List<ApiHighlight> found)
    {
        foreach (string name in names)
        {
            for (int at = sentence.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at + 1 < sentence.Length ? sentence.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                int end = at + name.Length;
                if (!HighlightNames.IsWordChar(sentence, at - 1) && !HighlightNames.IsWordChar(sentence, end))
                {
                    found.Add(new ApiHighlight(at, end, role));
                }
            }
        }
    }
}
