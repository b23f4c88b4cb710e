namespace Graph.Neo4j.Queries;

/// <summary>A query of the library: its header (name, question, parameters) and its Cypher.</summary>
/// <param name="Name">Short name (lower case, digits and hyphens), e.g. <c>who-met-whom</c>.</param>
/// <param name="Question">The question the query answers.</param>
/// <param name="Parameters">Declared parameters, in header order.</param>
/// <param name="Cypher">The whole file text (header comments included; they are valid Cypher comments).</param>
/// <param name="Origin">Where it was read from: a file path, or <c>built-in:NAME</c>.</param>
public sealed record QueryDefinition(
    string Name, string Question, IReadOnlyList<QueryParameter> Parameters, string Cypher, string Origin)
{
    /// <summary>
    /// True for a query without header (a user's plain Cypher): it declares nothing, so any parameter is taken,
    /// its type inferred from its value.
    /// </summary>
    public bool AcceptsAnyParameter { get; init; }

    /// <summary>Every declared parameter at its example value.</summary>
    public IReadOnlyDictionary<string, object?> ExampleParameters() => Bind(new Dictionary<string, string>());

    /// <summary>
    /// The query's parameters from text values: each is converted to its declared type; a parameter not
    /// given takes its example value. A query that <see cref="AcceptsAnyParameter"/> also takes undeclared ones.
    /// </summary>
    /// <exception cref="ArgumentException">A value names a parameter the query does not declare.</exception>
    /// <exception cref="FormatException">A value is not of its parameter's type.</exception>
    public IReadOnlyDictionary<string, object?> Bind(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var byName = Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (string key in values.Keys)
        {
            if (!byName.ContainsKey(key) && !AcceptsAnyParameter)
            {
                string known = Parameters.Count == 0 ? "none" : string.Join(", ", Parameters.Select(p => p.Name));
                throw new ArgumentException($"Query '{Name}' has no parameter '{key}' (its parameters: {known}).");
            }
        }

        var bound = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (QueryParameter parameter in Parameters)
        {
            bound[parameter.Name] = parameter.Parse(values.TryGetValue(parameter.Name, out string? text) ? text : parameter.Example);
        }

        foreach (var (key, text) in values.Where(v => !byName.ContainsKey(v.Key)))
        {
            bound[key] = QueryParameter.Infer(text);
        }

        return bound;
    }
}
