using Graph.Cli.Tests.Support;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>graph derive-actors</c> as a user runs it.</summary>
public sealed class DeriveActorsCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string[] Arguments(string dictionaries) =>
    [
        "derive-actors", "--dictionaries", dictionaries, "--words", _temp.File("words.conllu"), "--corpus", _temp.File("corpus"),
        "--out", _temp.File("out"), "--lexicon-out", _temp.File("lexicon"),
    ];

    private void WriteInputs()
    {
        _temp.Write("petrarch/Phoenix.International.actors.txt", "ASEAN_ [IGOSEAASN]\nASEAN_COUNTRIES_ [IGOSEAASN]\nPEPSICO_ [MNCUSA]\n");
        _temp.Write("petrarch/Phoenix.MilNonState.actors.txt", "HAMAS_\n+ISLAMIC_RESISTANCE_MOVEMENT\n\t[PSEREBHMS]\n");
        _temp.Write("petrarch/Phoenix.Countries.actors.txt", "GHANA_ [GHA]\nKOFI_MENSAH_\n\t[GHAGOV]\n");
        _temp.Write("words.conllu", "1\tthe\tthe\tDET\n2\tmovement\tmovement\tNOUN\n");
        _temp.Write("corpus/a.md", "---\ntitle: x\n---\nASEAN leaders met PepsiCo.\n");
        _temp.Write("corpus/b.txt", "ASEAN and PepsiCo again.\nSummits matter. Summits end. Three summits, two summits, more summits.\n");
    }

    [Fact]
    public void DeriveActors_WritesBothGazetteersAndSaysWhatItLeftOut()
    {
        WriteInputs();

        var result = GraphCli.Run(_temp.Path, Arguments(_temp.File("petrarch")));

        Assert.True(result.ExitCode == 0, result.StdErr);
        string[] organizations = [.. File.ReadAllLines(_temp.File("out/organizations.phoenix.tsv")).Where(l => !l.StartsWith('#'))];
        string[] groups = [.. File.ReadAllLines(_temp.File("out/groups.phoenix.tsv")).Where(l => !l.StartsWith('#'))];
        Assert.Equal(["ASEAN\t\t\tPhoenix.International.actors.txt:1", "PepsiCo\t\t\tPhoenix.International.actors.txt:3"], organizations);
        Assert.Equal(["Hamas\tIslamic Resistance Movement\t\tPhoenix.MilNonState.actors.txt:1"], groups);
        Assert.Contains("Counted the words of 2 texts", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("organizations.phoenix.tsv: 2 rows", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("groups.phoenix.tsv: 1 rows", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Kofi Mensah\t\tGhana\tGOV\t\t\tPhoenix.Countries.actors.txt:2", File.ReadAllText(_temp.File("out/officeholders.phoenix.tsv")), StringComparison.Ordinal);
        Assert.Contains("officeholders.phoenix.tsv: 1 rows", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("group of members", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(["summits"], File.ReadAllLines(_temp.File("lexicon/ordinary-words.tsv")).Where(l => !l.StartsWith('#')));
    }

    [Fact]
    public void DeriveActors_MissingDictionariesFolder_OneLineErrorNamingItAndNothingWritten()
    {
        WriteInputs();
        string missing = _temp.File("nowhere");

        var result = GraphCli.Run(_temp.Path, Arguments(missing));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {missing}: not found", Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void DeriveActors_MissingCorpus_OneLineErrorNamingIt()
    {
        WriteInputs();
        Directory.Delete(_temp.File("corpus"), recursive: true);

        var result = GraphCli.Run(_temp.Path, Arguments(_temp.File("petrarch")));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {_temp.File("corpus")}: not found", Assert.Single(result.ErrorLines));
    }
}
