namespace Graph.Extraction.Resources;

/// <summary>
/// Where an event pattern finds its target: the trigger's direct object, the object of one of some
/// prepositions (attached to the trigger or to its support noun), either, or nowhere.
/// </summary>
/// <param name="DirectObject">True when the direct object is the target.</param>
/// <param name="Prepositions">Prepositions whose object is the target, lower case, in written order.</param>
public sealed record EventTarget(bool DirectObject, IReadOnlyList<string> Prepositions)
{
    private const string ObjectToken = "obj";

    /// <summary>A pattern with no target.</summary>
    public static EventTarget None { get; } = new(false, []);

    /// <summary>The direct object.</summary>
    public static EventTarget Object { get; } = new(true, []);

    /// <summary>True when the pattern names no place for a target.</summary>
    public bool IsNone => !DirectObject && Prepositions.Count == 0;

    /// <summary>The object of one of <paramref name="prepositions"/>.</summary>
    public static EventTarget Of(IEnumerable<string> prepositions) => new(false, [.. prepositions]);

    /// <summary>Reads the column form: <c>-</c>, <c>obj</c>, <c>on|against</c> or <c>obj|on|against</c>.</summary>
    /// <exception cref="FormatException">An empty element or a repeated one.</exception>
    public static EventTarget Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "-")
        {
            return None;
        }

        string[] parts = text.Split('|');
        if (parts.Any(p => p.Length == 0 || p != p.Trim().ToLowerInvariant()) || parts.Distinct(StringComparer.Ordinal).Count() != parts.Length)
        {
            throw new FormatException($"bad target '{text}' (expected -, obj, or prepositions separated by |)");
        }

        bool direct = parts[0] == ObjectToken;
        if (parts.Skip(1).Contains(ObjectToken, StringComparer.Ordinal))
        {
            throw new FormatException($"bad target '{text}' (obj comes first)");
        }

        return new EventTarget(direct, direct ? parts[1..] : parts);
    }

    /// <summary>The column form (see <see cref="Parse"/>).</summary>
    public override string ToString() =>
        IsNone ? "-" : string.Join('|', DirectObject ? [ObjectToken, .. Prepositions] : Prepositions);
}
