using System.Runtime.CompilerServices;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary>
/// An entity's name and aliases arranged for <see cref="EvidenceHighlighter"/>: by their first word (letters and
/// digits, any case), so a sentence is read once, word by word, instead of once per name. A hub can have dozens of
/// aliases and hundreds of sentences. Names that start with another character are kept apart and searched whole.
/// </summary>
internal sealed class HighlightNames
{
    private static readonly ConditionalWeakTable<ViewEntity, HighlightNames> Cache = new();

    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    private HighlightNames(ViewEntity entity)
    {
        var names = entity.Entity.Aliases.Prepend(entity.Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _byFirstWord = names.Where(n => IsWordChar(n, 0))
            .GroupBy(n => n[..FirstWordEnd(n, 0)], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        Others = [.. names.Where(n => !IsWordChar(n, 0))];
    }

    /// <summary>Names that do not start with a letter or digit.</summary>
    public IReadOnlyList<string> Others { get; }

    /// <summary>The arrangement for <paramref name="entity"/>, built once per entity.</summary>
    public static HighlightNames Of(ViewEntity entity) => Cache.GetValue(entity, e => new HighlightNames(e));

    /// <summary>The names whose first word is <paramref name="word"/> (any case).</summary>
    public string[] StartingWith(ReadOnlySpan<char> word) => _byFirstWord.TryGetValue(word, out string[]? names) ? names : [];

    /// <summary>True when the character at <paramref name="index"/> is a letter or digit (false outside the text).</summary>
    public static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    /// <summary>Where the run of letters and digits that starts at <paramref name="start"/> ends.</summary>
    public static int FirstWordEnd(string text, int start)
    {
        int end = start;
        while (IsWordChar(text, end))
        {
            end++;
        }

        return end;
    }
}
