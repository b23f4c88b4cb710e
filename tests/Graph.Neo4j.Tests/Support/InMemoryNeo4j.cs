using System.Collections;
using System.Text.RegularExpressions;
using Graph.Bolt;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Tests.Support;

/// <summary>
/// Stands in for the server in push tests: an in-memory property graph that runs each statement the way
/// Neo4j would, clause by clause (<c>UNWIND $rows</c>, <c>MATCH</c> and <c>MERGE</c> by key, <c>SET</c> of a label,
/// <c>WITH … WHERE properties(x) &lt;&gt; row.props</c>, <c>SET x = row.props</c>, schema statements with
/// <c>IF NOT EXISTS</c>, <c>DETACH DELETE</c> of a node, <c>MATCH</c> of a relationship by its ends, type or id, and its <c>DELETE</c>), and answers with the counters of what actually changed. A clause it does not know
/// fails the test rather than being guessed at. Each call is one transaction: a call told to fail changes nothing.
/// </summary>
internal sealed partial class InMemoryNeo4j : ICypherRunner
{
    private readonly HashSet<string> _schema = new(StringComparer.Ordinal);
    private int _failAtCall;
    private Neo4jException? _error;

    /// <summary>Nodes, in creation order.</summary>
    public List<FakeNode> Nodes { get; } = [];

    /// <summary>Relationships, in creation order.</summary>
    public List<FakeRelationship> Relationships { get; } = [];

    /// <summary>Every statement received, with its parameters, including the one told to fail.</summary>
    public List<(string Query, IReadOnlyDictionary<string, object?> Parameters)> Calls { get; } = [];

    /// <summary>Makes the <paramref name="call"/>-th call from now (1-based) fail with <paramref name="error"/>, changing nothing.</summary>
    public void FailAt(int call, Neo4jException error)
    {
        _failAtCall = Calls.Count + call;
        _error = error;
    }

    /// <summary>The whole graph as sorted text (labels, types, every property), to compare two graphs.</summary>
    public string Snapshot() => string.Join("\n", Nodes.Select(n => "(" + n.Describe() + ")")
        .Concat(Relationships.Select(r => "(" + r.From.Key + ")-[" + r.Type + " " + FakeNode.Describe(r.Properties) + "]->(" + r.To.Key + ")"))
        .Order(StringComparer.Ordinal));

    public Task<SummaryCounters> WriteAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        Calls.Add((query, parameters));
        if (Calls.Count == _failAtCall)
        {
            throw _error!;
        }

        return Task.FromResult(Run(query, parameters));
    }

    private SummaryCounters Run(string query, IReadOnlyDictionary<string, object?> parameters)
    {
        string[] clauses = query.Split('\n');
        if (SchemaClause().Match(query) is { Success: true } schema)
        {
            bool added = _schema.Add(schema.Groups["name"].Value);
            bool constraint = schema.Groups["kind"].Value == "CONSTRAINT";
            return new SummaryCounters
            {
                ConstraintsAdded = added && constraint ? 1 : 0,
                IndexesAdded = added && !constraint ? 1 : 0,
                ContainsUpdates = added,
            };
        }

        if (query.StartsWith("CALL db.awaitIndexes(", StringComparison.Ordinal))
        {
            return SummaryCounters.Empty;
        }

        Assert.Equal("UNWIND $" + CypherStatement.RowsParameter + " AS row", clauses[0]);
        var rows = (IEnumerable<IReadOnlyDictionary<string, object?>>)parameters[CypherStatement.RowsParameter]!;
        var counters = new Counters();
        foreach (var row in rows)
        {
            RunRow(clauses.AsSpan(1), row, counters);
        }

        return counters.ToSummary();
    }

    private void RunRow(ReadOnlySpan<string> clauses, IReadOnlyDictionary<string, object?> row, Counters counters)
    {
        var bound = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (string clause in clauses)
        {
            if (NodeClause().Match(clause) is { Success: true } node)
            {
                string label = node.Groups["label"].Value;
                object? id = row[node.Groups["key"].Value];
                var found = Nodes.FirstOrDefault(n => n.Labels.Contains(label) && Equals(n.Properties.GetValueOrDefault("id"), id));
                if (found is null && node.Groups["verb"].Value == "MATCH")
                {
                    return; // MATCH without a match: the row goes no further.
                }

                if (found is null)
                {
                    found = new FakeNode([label], new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = id });
                    Nodes.Add(found);
                    counters.NodesCreated++;
                    counters.LabelsAdded++;
                    counters.PropertiesSet++;
                }

                bound[node.Groups["var"].Value] = found;
            }
            else if (RelationshipClause().Match(clause) is { Success: true } rel)
            {
                var from = (FakeNode)bound[rel.Groups["from"].Value];
                var to = (FakeNode)bound[rel.Groups["to"].Value];
                string? type = rel.Groups["type"].Success ? rel.Groups["type"].Value : null;
                object? id = rel.Groups["key"].Success ? row[rel.Groups["key"].Value] : null;
                var found = Relationships.FirstOrDefault(r => ReferenceEquals(r.From, from) && ReferenceEquals(r.To, to) && (type is null || r.Type == type)
                    && (!rel.Groups["key"].Success || Equals(r.Properties.GetValueOrDefault("id"), id)));
                if (found is null && rel.Groups["verb"].Value == "MATCH")
                {
                    return; // MATCH without a match: the row goes no further.
                }

                if (found is null)
                {
                    Assert.NotNull(type); // MERGE of a relationship needs its type.
                    var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                    if (rel.Groups["key"].Success)
                    {
                        properties["id"] = id;
                        counters.PropertiesSet++;
                    }

                    found = new FakeRelationship(from, to, type!, properties);
                    Relationships.Add(found);
                    counters.RelationshipsCreated++;
                }

                if (rel.Groups["var"].Value.Length > 0)
                {
                    bound[rel.Groups["var"].Value] = found;
                }
            }
            else if (SetLabelClause().Match(clause) is { Success: true } setLabel)
            {
                if (((FakeNode)bound[setLabel.Groups["var"].Value]).Labels.Add(setLabel.Groups["label"].Value))
                {
                    counters.LabelsAdded++;
                }
            }
            else if (WhereChangedClause().Match(clause) is { Success: true } where)
            {
                if (PropertiesEqual(PropertiesOf(bound[where.Groups["var"].Value]), (IReadOnlyDictionary<string, object?>)row[where.Groups["key"].Value]!))
                {
                    return; // WHERE false: the row goes no further.
                }
            }
            else if (SetAllClause().Match(clause) is { Success: true } setAll)
            {
                var properties = PropertiesOf(bound[setAll.Groups["var"].Value]);
                var replacement = (IReadOnlyDictionary<string, object?>)row[setAll.Groups["key"].Value]!;
                counters.PropertiesSet += replacement.Count + properties.Keys.Count(k => !replacement.ContainsKey(k));
                properties.Clear();
                foreach (var (key, value) in replacement)
                {
                    properties[key] = Copy(value);
                }
            }
            else if (DetachDeleteClause().Match(clause) is { Success: true } delete)
            {
                var gone = (FakeNode)bound[delete.Groups["var"].Value];
                counters.RelationshipsDeleted += Relationships.RemoveAll(r => ReferenceEquals(r.From, gone) || ReferenceEquals(r.To, gone));
                Nodes.Remove(gone);
                counters.NodesDeleted++;
            }
            else if (DeleteClause().Match(clause) is { Success: true } deleteRelationship)
            {
                Assert.True(Relationships.Remove((FakeRelationship)bound[deleteRelationship.Groups["var"].Value]));
                counters.RelationshipsDeleted++;
            }
            else
            {
                Assert.Fail("The in-memory graph does not know this clause: " + clause);
            }
        }
    }

    private static Dictionary<string, object?> PropertiesOf(object element) =>
        element is FakeNode node ? node.Properties : ((FakeRelationship)element).Properties;

    // Cypher map equality: same keys, equal values, lists element by element.
    private static bool PropertiesEqual(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out object? other) && ValueEqual(p.Value, other));

    private static bool ValueEqual(object? a, object? b) => (a, b) switch
    {
        (IEnumerable x, IEnumerable y) when a is not string && b is not string => x.Cast<object?>().SequenceEqual(y.Cast<object?>(), ValueComparer.Instance),
        _ => Equals(a, b),
    };

    // The server keeps its own copy of a list; later changes to the sender's array must not reach it.
    private static object? Copy(object? value) => value is IEnumerable list and not string ? list.Cast<object?>().ToArray() : value;

    [GeneratedRegex(@"^CREATE (?<kind>CONSTRAINT|INDEX) (?<name>\w+) IF NOT EXISTS ")]
    private static partial Regex SchemaClause();

    [GeneratedRegex(@"^(?<verb>MATCH|MERGE) \((?<var>\w+):(?<label>\w+) \{id: row\.(?<key>\w+)\}\)$")]
    private static partial Regex NodeClause();

    [GeneratedRegex(@"^(?<verb>MATCH|MERGE) \((?<from>\w+)\)-\[(?<var>\w*)(?::(?<type>\w+))?(?: \{id: row\.(?<key>\w+)\})?\]->\((?<to>\w+)\)$")]
    private static partial Regex RelationshipClause();

    [GeneratedRegex(@"^SET (?<var>\w+):(?<label>\w+)$")]
    private static partial Regex SetLabelClause();

    [GeneratedRegex(@"^WITH \w+, row WHERE properties\((?<var>\w+)\) <> row\.(?<key>\w+)$")]
    private static partial Regex WhereChangedClause();

    [GeneratedRegex(@"^SET (?<var>\w+) = row\.(?<key>\w+)$")]
    private static partial Regex SetAllClause();

    [GeneratedRegex(@"^DETACH DELETE (?<var>\w+)$")]
    private static partial Regex DetachDeleteClause();

    [GeneratedRegex(@"^DELETE (?<var>\w+)$")]
    private static partial Regex DeleteClause();

    /// <summary>A node: its labels and properties.</summary>
    internal sealed record FakeNode(HashSet<string> Labels, Dictionary<string, object?> Properties)
    {
        public string Key => string.Join(':', Labels.Order(StringComparer.Ordinal)) + " " + Properties.GetValueOrDefault("id");

        public string Describe() => ":" + string.Join(':', Labels.Order(StringComparer.Ordinal)) + " " + Describe(Properties);

        public static string Describe(Dictionary<string, object?> properties) =>
            "{" + string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + Text(p.Value))) + "}";

        private static string Text(object? value) => value switch
        {
            null => "null",
            string text => "'" + text + "'",
            IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
    }

    /// <summary>A relationship between two nodes.</summary>
    internal sealed record FakeRelationship(FakeNode From, FakeNode To, string Type, Dictionary<string, object?> Properties);

    private sealed class Counters
    {
        public long NodesCreated { get; set; }

        public long RelationshipsCreated { get; set; }

        public long PropertiesSet { get; set; }

        public long LabelsAdded { get; set; }

        public long NodesDeleted { get; set; }

        public long RelationshipsDeleted { get; set; }

        public SummaryCounters ToSummary() => new()
        {
            NodesCreated = NodesCreated,
            RelationshipsCreated = RelationshipsCreated,
            PropertiesSet = PropertiesSet,
            LabelsAdded = LabelsAdded,
            NodesDeleted = NodesDeleted,
            RelationshipsDeleted = RelationshipsDeleted,
            ContainsUpdates = NodesCreated + RelationshipsCreated + PropertiesSet + LabelsAdded + NodesDeleted + RelationshipsDeleted > 0,
        };
    }

    private sealed class ValueComparer : IEqualityComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public new bool Equals(object? x, object? y) => ValueEqual(x, y);

        public int GetHashCode(object? obj) => 0;
    }
}
