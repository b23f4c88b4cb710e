namespace Graph.Bolt;

/// <summary>The kind of query, as reported by the server in the result summary (<c>type</c>).</summary>
public enum QueryType
{
    /// <summary>The server did not say.</summary>
    Unknown,

    /// <summary><c>r</c>: read only.</summary>
    ReadOnly,

    /// <summary><c>rw</c>: reads and writes.</summary>
    ReadWrite,

    /// <summary><c>w</c>: write only.</summary>
    WriteOnly,

    /// <summary><c>s</c>: schema changes.</summary>
    SchemaWrite,
}
