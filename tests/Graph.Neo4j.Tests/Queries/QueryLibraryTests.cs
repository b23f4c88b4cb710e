using Graph.Neo4j.Queries;
using Graph.Neo4j.Tests.Support;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Queries;

public sealed class QueryLibraryTests
{
    private const string Valid = """
        // Name:     sample-query
        // Question: What does it answer?
        // Param:    country (string) = "Qatar \"State\"" -- the target
        // Param:    since (date) = 2017-06-05 -- first day
        // Param:    limit (int) = 10
        // A note line.
        MATCH (n:Entity {name: $country}) RETURN n LIMIT $limit
        """;

    [Fact]
    public void BuiltIn_IsEveryFileOfTheQueriesFolder_NamedAfterItsFile()
    {
        // Arrange
        var files = Directory.GetFiles(RepositoryPaths.Queries, "*.cypher");

        // Act
        var fromFolder = QueryLibrary.LoadDirectory(RepositoryPaths.Queries);

        // Assert
        Assert.True(files.Length >= 12, $"only {files.Length} queries");
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), fromFolder.Select(q => q.Name));
        Assert.Equal(fromFolder.Select(q => (q.Name, q.Question, q.Cypher)), QueryLibrary.BuiltIn.Select(q => (q.Name, q.Question, q.Cypher)));
        Assert.All(fromFolder, q => Assert.EndsWith("?", q.Question.TrimEnd('.'), StringComparison.Ordinal));
    }

    [SkippableFact]
    public void EveryQuery_LintsWithZeroDiagnostics_GivenItsDeclaredParameters()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // Act + Assert: an undeclared $parameter, an unknown label or relationship type, a syntax error
        // or a deprecated construct would each be a diagnostic.
        CypherTools.AssertLintsClean(QueryLibrary.LoadDirectory(RepositoryPaths.Queries)
            .Select(q => new CypherTools.LintInput(q.Name, q.Cypher, q.ExampleParameters())));
    }

    [Fact]
    public void EveryQuery_UsesEveryParameterItDeclares()
    {
        foreach (var query in QueryLibrary.LoadDirectory(RepositoryPaths.Queries))
        {
            string body = string.Join('\n', query.Cypher.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            Assert.All(query.Parameters, p => Assert.Contains("$" + p.Name, body, StringComparison.Ordinal));
            Assert.All(query.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{query.Name}: {p.Name} has no description"));
        }
    }

    [Fact]
    public void EveryQueryAboutFacts_TakesAStatus_DefaultingToAsserted()
    {
        foreach (var query in QueryLibrary.LoadDirectory(RepositoryPaths.Queries))
        {
            string body = string.Join('\n', query.Cypher.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            QueryParameter? status = query.Parameters.SingleOrDefault(p => p.Name == "status");

            // co-mentioned reads mentions only; every other query reads facts or events.
            if (query.Name == "co-mentioned")
            {
                Assert.Null(status);
                continue;
            }

            Assert.True(status is not null, $"{query.Name} has no status parameter");
            Assert.Equal(QueryParameterType.Status, status.Type);
            Assert.Equal("asserted", query.ExampleParameters()["status"]);
            Assert.Contains("$status = 'any' OR ", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("asserted", "asserted")]
    [InlineData(" Alleged ", "alleged")]
    [InlineData("NEGATED", "negated")]
    [InlineData("any", "any")]
    public void Bind_Status_TakesAWireNameOrAny(string text, string expected)
    {
        var query = QueryLibrary.Parse("// Name: s\n// Question: Status?\n// Param: status (status) = asserted -- which facts\nRETURN $status", "s.cypher");

        Assert.Equal(expected, query.Bind(new Dictionary<string, string> { ["status"] = text })["status"]);
    }

    [Fact]
    public void Bind_UnknownStatus_ThrowsListingTheStatuses()
    {
        var query = QueryLibrary.Parse("// Name: s\n// Question: Status?\n// Param: status (status) = asserted -- which facts\nRETURN $status", "s.cypher");

        var error = Assert.Throws<FormatException>(() => query.Bind(new Dictionary<string, string> { ["status"] = "denied" }));

        Assert.Equal("Parameter 'status' takes a status (asserted, negated, hypothetical, intended, alleged or any); 'denied' is not one.", error.Message);
    }

    [Fact]
    public void Parse_Header_ReadsNameQuestionAndTypedParameters()
    {
        // Act
        var query = QueryLibrary.Parse(Valid, "sample.cypher");

        // Assert
        Assert.Equal("sample-query", query.Name);
        Assert.Equal("What does it answer?", query.Question);
        Assert.Equal(["country", "since", "limit"], query.Parameters.Select(p => p.Name));
        Assert.Equal("Qatar \"State\"", query.Parameters[0].Example);
        Assert.Equal("the target", query.Parameters[0].Description);
        var values = query.ExampleParameters();
        Assert.Equal("Qatar \"State\"", values["country"]);
        Assert.Equal(new DateOnly(2017, 6, 5), values["since"]);
        Assert.Equal(10L, values["limit"]);
    }

    [Fact]
    public void Bind_ConvertsEachDeclaredType_AndDefaultsToExamples()
    {
        // Arrange
        var query = QueryLibrary.Parse("""
            // Name: typed
            // Question: Types?
            // Param: i (int) = 1 -- an int
            // Param: f (float) = 0.5 -- a float
            // Param: b (bool) = false -- a bool
            // Param: d (date) = 2020-01-01 -- a date
            // Param: s (string) = "x" -- a string
            RETURN $i, $f, $b, $d, $s
            """, "typed.cypher");

        // Act
        var bound = query.Bind(new Dictionary<string, string> { ["i"] = "-42", ["f"] = "2.5e3", ["b"] = "TRUE", ["d"] = "2017-10-22" });

        // Assert
        Assert.Equal(-42L, bound["i"]);
        Assert.Equal(2500.0, bound["f"]);
        Assert.Equal(true, bound["b"]);
        Assert.Equal(new DateOnly(2017, 10, 22), bound["d"]);
        Assert.Equal("x", bound["s"]);
    }

    [Theory]
    [InlineData("i", "4.5")]
    [InlineData("d", "22/10/2017")]
    [InlineData("b", "yes")]
    [InlineData("f", "NaN")]
    public void Bind_ValueOfWrongType_ThrowsNamingTheParameter(string name, string value)
    {
        var query = QueryLibrary.Parse("""
            // Name: typed
            // Question: Types?
            // Param: i (int) = 1 -- an int
            // Param: f (float) = 0.5 -- a float
            // Param: b (bool) = false -- a bool
            // Param: d (date) = 2020-01-01 -- a date
            RETURN $i, $f, $b, $d
            """, "typed.cypher");

        var error = Assert.Throws<FormatException>(() => query.Bind(new Dictionary<string, string> { [name] = value }));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownParameter_ThrowsListingTheKnownOnes()
    {
        var query = QueryLibrary.Parse(Valid, "sample.cypher");

        var error = Assert.Throws<ArgumentException>(() => query.Bind(new Dictionary<string, string> { ["contry"] = "Qatar" }));

        Assert.Contains("country, since, limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("// Question: Q?\nRETURN 1", "Name")]
    [InlineData("// Name: Bad_Name\n// Question: Q?\nRETURN 1", "lower case")]
    [InlineData("// Name: a\n// Question: Q?\n// Param: x (text) = 1 -- t\nRETURN $x", "unknown type")]
    [InlineData("// Name: a\n// Question: Q?\n// Param: x (int) = one -- t\nRETURN $x", "example value")]
    [InlineData("// Name: a\n// Question: Q?\n// Param: x (string) = bare -- t\nRETURN $x", "quoted")]
    [InlineData("// Name: a\n// Question: Q?\n// Param: x (int) = 1\n// Param: x (int) = 2\nRETURN $x", "twice")]
    [InlineData("// Name: a\n// Question: Q?\n// Param: x (status) = denied -- t\nRETURN $x", "example value")]
    [InlineData("// Name: a\n// Question: Q?\n// Param: x int 1\nRETURN $x", "expected")]
    [InlineData("// Name: a\n// Question: Q?\n", "no Cypher")]
    public void Parse_MalformedHeader_ThrowsWithFileAndReason(string text, string reason)
    {
        var error = Assert.Throws<QueryFormatException>(() => QueryLibrary.Parse(text, "bad.cypher"));

        Assert.StartsWith("bad.cypher", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAdHoc_PlainCypherWithoutHeader_RunsAsItIs_TakingAnyParameter()
    {
        const string Text = "// people who met\nMATCH (a:Person)-[:MEET]->(b) WHERE a.name = $name RETURN b LIMIT $limit\n";

        var query = QueryLibrary.ParseAdHoc(Text, "mine/met.cypher", "met");

        Assert.Equal("met", query.Name);
        Assert.Equal(Text, query.Cypher);
        Assert.Empty(query.Parameters);
        var bound = query.Bind(new Dictionary<string, string>
        {
            ["name"] = "Ada", ["limit"] = "5", ["score"] = "0.5", ["on"] = "true", ["since"] = "2017-06-05", ["code"] = "\"042\"",
        });
        Assert.Equal("Ada", bound["name"]);
        Assert.Equal(5L, bound["limit"]);
        Assert.Equal(0.5, bound["score"]);
        Assert.Equal(true, bound["on"]);
        Assert.Equal(new DateOnly(2017, 6, 5), bound["since"]);
        Assert.Equal("042", bound["code"]); // quoted: always a string
    }

    [Fact]
    public void ParseAdHoc_WithAHeader_IsReadAsALibraryQuery()
    {
        var query = QueryLibrary.ParseAdHoc(Valid, "sample.cypher", "sample");

        Assert.Equal("sample-query", query.Name);
        Assert.Equal("What does it answer?", query.Question);
        Assert.Throws<ArgumentException>(() => query.Bind(new Dictionary<string, string> { ["nosuch"] = "1" }));
    }

    [Theory]
    [InlineData("// Name: a\nRETURN 1", "'// Question:'")]
    [InlineData("  \n// only a comment\n", "no Cypher")]
    public void ParseAdHoc_HalfAHeaderOrNoCypher_IsRefused(string text, string reason)
    {
        var error = Assert.Throws<QueryFormatException>(() => QueryLibrary.ParseAdHoc(text, "mine.cypher", "mine"));

        Assert.StartsWith("mine.cypher", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
