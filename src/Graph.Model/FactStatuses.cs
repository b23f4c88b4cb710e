namespace Graph.Model;

/// <summary>Wire names of <see cref="FactStatus"/> (lower case, as in JSON, Cypher and RDF).</summary>
public static class FactStatuses
{
    private static readonly string[] Names = ["asserted", "negated", "hypothetical", "intended", "alleged"];

    /// <summary>Every status, in declaration order.</summary>
    public static IReadOnlyList<FactStatus> All { get; } = Enum.GetValues<FactStatus>();

    /// <summary>The wire name: <c>asserted</c>, <c>negated</c>, <c>hypothetical</c>, <c>intended</c> or <c>alleged</c>.</summary>
    public static string Name(this FactStatus status) => Names[(int)status];

    /// <summary>Parses a wire name (case-insensitive).</summary>
    public static bool TryParse(string? name, out FactStatus status)
    {
        int index = Array.FindIndex(Names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        status = index < 0 ? FactStatus.Asserted : (FactStatus)index;
        return index >= 0;
    }
}
