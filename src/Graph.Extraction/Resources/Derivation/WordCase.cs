namespace Graph.Extraction.Resources.Derivation;

/// <summary>How often text writes one word in each case.</summary>
public sealed class WordCase
{
    private Dictionary<string, int>? _mixed;

    /// <summary>Occurrences in capitals ("NATO").</summary>
    public int Capitals { get; internal set; }

    /// <summary>Occurrences with an initial capital and the rest in lower case ("Hamas").</summary>
    public int Initial { get; internal set; }

    /// <summary>Occurrences in lower case.</summary>
    public int Lower { get; internal set; }

    /// <summary>Occurrences in any other case ("PepsiCo", "eBay"), all forms together.</summary>
    public int Mixed { get; private set; }

    /// <summary>All occurrences.</summary>
    public int Total => Capitals + Initial + Lower + Mixed;

    /// <summary>The mixed form text writes most often (ties: the first in ordinal order), or null when there is none.</summary>
    public string? MixedForm =>
        _mixed?.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    internal void AddMixed(string form)
    {
        _mixed ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _mixed[form] = _mixed.GetValueOrDefault(form) + 1;
        Mixed++;
    }
}
