using Graph.Cli.Tests.Support;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>graph train-names</c> as a user runs it, on tiny annotations.</summary>
public sealed class TrainNamesCommandTests : IDisposable
{
    private const string Uner = """
        # sent_id = t-1
        1	Anna	B-PER	-	-
        2	Berg	I-PER	-	-
        3	visited	O	-	-
        4	Oslo	B-LOC	-	-
        5	.	O	-	-

        """;

    private const string Gum = """
        # sent_id = GUM_bio_x-1
        1	Lee	Lee	PROPN	NNP	_	2	nsubj	_	Entity=(1-person-new-x-1-sgl)
        2	joined	join	VERB	VBD	_	0	root	_	_
        3	Acme	Acme	PROPN	NNP	_	2	obj	_	Entity=(2-organization-new-x-1-sgl)
        4	.	.	PUNCT	.	_	2	punct	_	_

        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TrainNames_TinyData_WritesTheModelAndScoresTheTestFile()
    {
        _temp.Write("uner/dev.iob2", Uner);
        _temp.Write("uner/test.iob2", Uner);
        _temp.Write("gum/GUM_bio_x.conllu", Gum);
        _temp.Write("gum/GUM_news_clock.conllu", "not read: the documents of the gold sets are never trained on\n");

        var result = GraphCli.Run(_temp.Path, "train-names", "--uner", "uner/dev.iob2", "--gum", "gum", "--test", "uner/test.iob2", "--out", "models", "--iterations", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(_temp.File("models/en.names.bin")).Length > 0);
        Assert.Contains("Person", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("micro", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainNames_MissingGumFolder_OneLineErrorAndExitOne()
    {
        _temp.Write("uner/dev.iob2", Uner);

        var result = GraphCli.Run(_temp.Path, "train-names", "--uner", "uner/dev.iob2", "--gum", "nowhere", "--out", "models");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("models")));
    }

    [Fact]
    public void TrainNames_ZeroIterations_IsABadArgument()
    {
        var result = GraphCli.Run(_temp.Path, "train-names", "--iterations", "0");

        Assert.Equal(2, result.ExitCode);
    }
}
