namespace Graph.Neo4j.Queries;

/// <summary>The types a query parameter can be declared with.</summary>
public enum QueryParameterType
{
    /// <summary>A 64-bit integer (<c>int</c>).</summary>
    Int,

    /// <summary>A 64-bit float (<c>float</c>).</summary>
    Float,

    /// <summary><c>true</c> or <c>false</c> (<c>bool</c>).</summary>
    Bool,

    /// <summary>A calendar date, <c>yyyy-MM-dd</c> (<c>date</c>).</summary>
    Date,

    /// <summary>Text (<c>string</c>).</summary>
    String,

    /// <summary>
    /// A fact status by its wire name (<c>asserted</c>, <c>negated</c>, <c>hypothetical</c>, <c>intended</c>,
    /// <c>alleged</c>) or <c>any</c> (<c>status</c>); passed to the query as lower-case text.
    /// </summary>
    Status,
}
