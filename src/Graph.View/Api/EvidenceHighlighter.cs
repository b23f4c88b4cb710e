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
        Collect(sentence, subject, "subject", found);
        Collect(sentence, obj, "object", found);
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

    private static void Collect(string sentence, ViewEntity entity, string role, List<ApiHighlight> found)
    {
        foreach (string name in entity.Entity.Aliases.Prepend(entity.Name).Where(n => n.Length > 0))
        {
            int from = 0;
            while (from < sentence.Length)
            {
                int at = sentence.IndexOf(name, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                int end = at + name.Length;
                if (!IsWordChar(sentence, at - 1) && !IsWordChar(sentence, end))
                {
                    found.Add(new ApiHighlight(at, end, role));
                }

                from = at + 1;
            }
        }
    }

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);
}
