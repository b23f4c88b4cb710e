namespace Graph.Bolt.Testing;

/// <summary>A structure the fake server sends as is (nodes, relationships, paths…): tag plus fields.</summary>
public sealed record RawStruct(byte Tag, params object?[] Fields);
