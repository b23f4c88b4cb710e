using Graph.Cli.Tests.Support;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>graph derive-events</c> as a user runs it.</summary>
public sealed class DeriveEventsCommandTests : IDisposable
{
    private const string Cameo = """
        ---  IMPOSE   [---]  ---
        IMPOSE
        - * SANCTIONS                                         [163]         # IMPOSE
        """;

    private const string Header = "# lemma\tpos\tparticle\tobject\ttarget\tpredicate\tcameo\torigin\n";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string[] Arguments(string cameo) =>
    [
        "derive-events", "--cameo", cameo, "--project", _temp.File("project.tsv"), "--exclude", _temp.File("exclude.tsv"),
        "--out", _temp.File("out/events.tsv"),
    ];

    [Fact]
    public void DeriveEvents_WritesDerivedAndProjectRowsAndSaysWhatItSkipped()
    {
        string cameo = _temp.Write("CAMEO.test.txt", Cameo);
        _temp.Write("project.tsv", Header + "war\tNOUN\t-\t-\tagainst|in\tATTACK\t190\tproject\n");
        _temp.Write("exclude.tsv", string.Empty);

        var result = GraphCli.Run(_temp.Path, Arguments(cameo));

        Assert.True(result.ExitCode == 0, result.StdErr);
        string[] rows = [.. File.ReadAllLines(_temp.File("out/events.tsv")).Where(l => !l.StartsWith('#'))];
        Assert.Equal(
            ["impose\tVERB\t-\tsanction\tagainst|on\tIMPOSE_SANCTIONS\t163\tCAMEO.test.txt:3", "war\tNOUN\t-\t-\tagainst|in\tATTACK\t190\tproject"],
            rows);
        Assert.Contains("2 rows (1 derived, 1 project)", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("null code (no event)", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void DeriveEvents_MissingDictionary_OneLineErrorExitOneAndNothingWritten()
    {
        _temp.Write("project.tsv", Header);
        _temp.Write("exclude.tsv", string.Empty);
        string missing = _temp.File("nowhere/CAMEO.2.0.txt");

        var result = GraphCli.Run(_temp.Path, Arguments(missing));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {missing}: not found", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(_temp.File("out/events.tsv")));
    }

    [Fact]
    public void DeriveEvents_BadProjectRow_OneLineErrorNamingFileAndLine()
    {
        string cameo = _temp.Write("CAMEO.test.txt", Cameo);
        string project = _temp.Write("project.tsv", Header + "war\tNOUN\t-\t-\tin\tWAR\t190\tproject\n");
        _temp.Write("exclude.tsv", string.Empty);

        var result = GraphCli.Run(_temp.Path, Arguments(cameo));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {project}: line 2: unknown predicate 'WAR'", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(_temp.File("out/events.tsv")));
    }
}
