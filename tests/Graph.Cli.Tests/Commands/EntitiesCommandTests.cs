using System.Text.Json;
using Graph.Cli.Tests.Support;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>graph entities</c>, <c>duplicates</c>, <c>merge</c> and <c>split</c> as a user runs them.</summary>
public sealed class EntitiesCommandTests : IDisposable
{
    private const string Amara = "person:amara_okafor";
    private const string Chidi = "person:chidi_okafor";
    private const string Okafor = "person:okafor";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string DecisionsFile => _temp.File("graph.db.entities.tsv");

    [Fact]
    public void Entities_Json_ListsCanonicalEntities_WithSummedMentionsAliasesAndMergedIds()
    {
        Store(sharedTitle: true);

        var result = GraphCli.Run(_temp.Path, "entities", "--format", "json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var entities = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        Assert.Equal([Amara, "country:borduria", Chidi], entities.Select(e => e.GetProperty("id").GetString()));
        var amara = entities[0];
        Assert.Equal(5, amara.GetProperty("mentions").GetInt32());
        Assert.Equal(2, amara.GetProperty("articles").GetInt32());
        Assert.Equal(["Okafor", "President Okafor"], amara.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([Okafor], amara.GetProperty("merged").EnumerateArray().Select(a => a.GetString()));
        var merge = Assert.Single(amara.GetProperty("merges").EnumerateArray());
        Assert.Equal(Okafor, merge.GetProperty("id").GetString());
        Assert.Equal("surname+title: \"President Okafor\"", merge.GetProperty("reason").GetString());
    }

    [Fact]
    public void Entities_Table_FiltersByTypeAndName_AndTopLimits()
    {
        Store(sharedTitle: true);

        var people = GraphCli.Run(_temp.Path, "entities", "--type", "person", "--name", "OKAFOR", "--top", "1");
        var countries = GraphCli.Run(_temp.Path, "entities", "--type", "Country", "--format", "json");

        Assert.True(people.ExitCode == 0, people.StdErr);
        Assert.Contains("1 of 2 entities", people.StdOut, StringComparison.Ordinal);
        Assert.Contains($"│ {Amara} ", people.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("chidi", people.StdOut, StringComparison.Ordinal);
        Assert.Equal(["country:borduria"], JsonDocument.Parse(countries.StdOut).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("entities", "--type", "planet")]
    [InlineData("entities", "--top", "0")]
    [InlineData("entities", "--format", "xml")]
    [InlineData("entities", "duplicates", "--format", "csv")]
    [InlineData("entities", "merge", Amara)]
    public void BadArguments_OneErrorLineAndExitTwo(params string[] arguments)
    {
        Store(sharedTitle: true);

        var result = GraphCli.Run(_temp.Path, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("entities", "duplicates")]
    [InlineData("entities", "merge", Amara, Okafor)]
    public void WithoutStore_FailsNamingIt_AndCreatesNothing(params string[] arguments)
    {
        var result = GraphCli.Run(_temp.Path, [.. arguments, "--store", "missing.db"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.db", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("missing.db")));
        Assert.False(File.Exists(_temp.File("missing.db.entities.tsv")));
    }

    [Fact]
    public void Duplicates_ListsTheSurnameAgainstBothFullNames_WithTheMergeCommand()
    {
        Store(sharedTitle: false);

        var json = GraphCli.Run(_temp.Path, "entities", "duplicates", "--format", "json");
        var table = GraphCli.Run(_temp.Path, "entities", "duplicates");

        Assert.True(json.ExitCode == 0, json.StdErr);
        var candidates = JsonDocument.Parse(json.StdOut).RootElement.EnumerateArray().ToList();
        Assert.Equal(
            [$"graph entities merge {Amara} {Okafor}", $"graph entities merge {Chidi} {Okafor}"],
            candidates.Select(c => c.GetProperty("command").GetString()));
        Assert.Equal("\"Okafor\" is the surname of 2 full names", candidates[0].GetProperty("evidence").GetString());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2 likely duplicates", table.StdOut, StringComparison.Ordinal);
        Assert.Contains($"   1  graph entities merge {Amara} {Okafor}\n   2  graph entities merge {Chidi} {Okafor}\n", table.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_AppendsToTheDecisionsFile_Recomputes_AndPrintsWhatChanged_ThenSplitUndoesIt()
    {
        Store(sharedTitle: false);

        var merge = GraphCli.Run(_temp.Path, "entities", "merge", Amara, Okafor);
        var afterMerge = GraphCli.Run(_temp.Path, "entities", "--format", "json");
        var duplicates = GraphCli.Run(_temp.Path, "entities", "duplicates", "--format", "json");
        var split = GraphCli.Run(_temp.Path, "entities", "split", Amara, Okafor);
        var again = GraphCli.Run(_temp.Path, "entities", "split", Amara, Okafor);

        Assert.True(merge.ExitCode == 0, merge.StdErr);
        Assert.Contains($"merged   {Okafor} into {Amara} (user: graph.db.entities.tsv:2)", merge.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(JsonDocument.Parse(afterMerge.StdOut).RootElement.EnumerateArray(), e => e.GetProperty("id").GetString() == Okafor);
        Assert.Empty(JsonDocument.Parse(duplicates.StdOut).RootElement.EnumerateArray());
        Assert.True(split.ExitCode == 0, split.StdErr);
        Assert.Contains($"unmerged {Okafor} (was in {Amara})", split.StdOut, StringComparison.Ordinal);
        Assert.Contains("No change.", again.StdOut, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(DecisionsFile);
        Assert.StartsWith("# ", lines[0], StringComparison.Ordinal);
        Assert.Equal([$"merge\t{Amara}\t{Okafor}", $"split\t{Amara}\t{Okafor}", $"split\t{Amara}\t{Okafor}"], lines.Skip(1));
    }

    [Fact]
    public void Merge_UnknownIdOrOtherType_OneErrorLine_ExitOne_FileUnchanged()
    {
        Store(sharedTitle: false);

        var unknown = GraphCli.Run(_temp.Path, "entities", "merge", Amara, "person:nobody");
        var type = GraphCli.Run(_temp.Path, "entities", "merge", Amara, "country:borduria");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("error: unknown entity id 'person:nobody'", Assert.Single(unknown.ErrorLines));
        Assert.Equal(1, type.ExitCode);
        Assert.Equal($"error: cannot merge country:borduria (Country) into {Amara} (Person): types differ", Assert.Single(type.ErrorLines));
        Assert.False(File.Exists(DecisionsFile));
    }

    [Fact]
    public void Merge_WithABadLineAlreadyInTheFile_ReportsIt_AppliesTheRest_AndExitsOne()
    {
        Store(sharedTitle: false);
        File.WriteAllText(DecisionsFile, "# mine\nmerge person:nobody person:okafor\nfuse a b");

        var result = GraphCli.Run(_temp.Path, "entities", "merge", Chidi, Okafor);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "error: graph.db.entities.tsv:2: unknown entity id 'person:nobody'",
            "error: graph.db.entities.tsv:3: unknown decision 'fuse' (expected 'merge KEEP OTHER' or 'split A B')",
        ], result.ErrorLines);
        Assert.Contains($"merged   {Okafor} into {Chidi} (user: graph.db.entities.tsv:4)", result.StdOut, StringComparison.Ordinal);
        Assert.Equal($"# mine\nmerge person:nobody person:okafor\nfuse a b\nmerge\t{Chidi}\t{Okafor}\n", File.ReadAllText(DecisionsFile));
    }

    [Fact]
    public void Merge_ThatWouldCloseACycle_IsRefused_FileUnchanged()
    {
        Store(sharedTitle: false);
        Assert.Equal(0, GraphCli.Run(_temp.Path, "entities", "merge", Amara, Okafor).ExitCode);

        var result = GraphCli.Run(_temp.Path, "entities", "merge", Okafor, Chidi, "--store", "graph.db");
        string before = File.ReadAllText(DecisionsFile);
        var cycle = GraphCli.Run(_temp.Path, "entities", "merge", Chidi, Amara);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, cycle.ExitCode);
        Assert.Equal($"error: graph.db.entities.tsv:4: merge {Chidi} {Amara} makes a cycle ({Chidi} is already merged into {Amara})", Assert.Single(cycle.ErrorLines));
        Assert.Equal("", cycle.StdOut);
        Assert.Equal(before, File.ReadAllText(DecisionsFile));
    }

    [Fact]
    public void Build_RecomputesResolutionFromTheDecisionsFile_ReportingAnUnusableLine_AndExportsThroughIt()
    {
        _temp.Write("in/a.txt", "Sanctions\nCanada imposed sanctions on Belarus.");
        var first = GraphCli.Run(_temp.Path, "build", "in");
        File.WriteAllText(DecisionsFile, "merge country:canada country:belarus\nmerge country:canada country:nowhere\n");

        var rerun = GraphCli.Run(_temp.Path, "build", "in");
        var stats = GraphCli.Run(_temp.Path, "stats");
        var export = GraphCli.Run(_temp.Path, "export", "--format", "ntriples");

        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Contains("1 facts from 1 sentences", first.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, rerun.ExitCode);
        Assert.Equal("error: graph.db.entities.tsv:2: unknown entity id 'country:nowhere'", Assert.Single(rerun.ErrorLines));
        Assert.Contains("1 articles · 1 entities (1 more merged into these)", rerun.StdOut, StringComparison.Ordinal);
        Assert.Contains("0 facts from 0 sentences", stats.StdOut, StringComparison.Ordinal); // Canada's sanctions on itself are dropped
        Assert.DoesNotContain("/country/belarus>", export.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"Belarus\"", export.StdOut, StringComparison.Ordinal);
    }

    // Two articles: "Amara Okafor" (3 mentions) and "Okafor" (2), both called "President Okafor" when sharedTitle; a
    // third person "Chidi Okafor" and a country. Resolution is recomputed as a build would.
    private void Store(bool sharedTitle)
    {
        string title = sharedTitle ? "President Okafor" : "Okafor the elder";
        ExtractedEntity Entity(string id, EntityType type, string name, int mentions, params string[] aliases) =>
            new(id, type, name, aliases, Enumerable.Range(0, mentions).Select(i => new TextSpan(i, i + 1)).ToList());
        var borduria = Entity("country:borduria", EntityType.Country, "Borduria", 1);
        var first = new ArticleDocument("a.txt", "Talks", "Amara Okafor and Chidi Okafor met Borduria.");
        var second = new ArticleDocument("b.txt", "More talks", "Okafor met Borduria.");
        using var store = GraphStore.Open(_temp.File("graph.db"));
        store.Ingest(first, new ArticleExtraction(first.FileName, first.Id, null,
            [Entity(Amara, EntityType.Person, "Amara Okafor", 3, "President Okafor"), Entity(Chidi, EntityType.Person, "Chidi Okafor", 1), borduria], []));
        store.Ingest(second, new ArticleExtraction(second.FileName, second.Id, null, [Entity(Okafor, EntityType.Person, "Okafor", 2, title), borduria], []));
        store.ResolveEntities();
    }
}
