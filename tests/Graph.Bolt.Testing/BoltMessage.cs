using Graph.Bolt.Messages;

namespace Graph.Bolt.Testing;

/// <summary>A client message as the fake server received it.</summary>
/// <param name="Tag">Message signature.</param>
/// <param name="Fields">Decoded fields.</param>
public sealed record BoltMessage(byte Tag, IReadOnlyList<object?> Fields)
{
    /// <summary>HELLO, RUN …</summary>
    public string Name => MessageTag.Name(Tag);

    /// <summary>Field <paramref name="index"/> as a dictionary.</summary>
    public IReadOnlyDictionary<string, object?> Map(int index) => (IReadOnlyDictionary<string, object?>)Fields[index]!;

    /// <summary>The last field as a dictionary (the extra of BEGIN/RUN/HELLO, the body of PULL).</summary>
    public IReadOnlyDictionary<string, object?> Extra => Map(Fields.Count - 1);

    /// <summary>The query text of RUN.</summary>
    public string Query => (string)Fields[0]!;

    public override string ToString() => Name;
}
