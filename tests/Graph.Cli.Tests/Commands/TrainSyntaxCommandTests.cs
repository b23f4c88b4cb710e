using Graph.Cli.Tests.Support;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>graph train-syntax</c> as a user runs it, on a tiny treebank.</summary>
public sealed class TrainSyntaxCommandTests : IDisposable
{
    private const string Sentences = """
        # text = Iran denied that it attacked Israel.
        1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
        2	denied	deny	VERB	VBD	_	0	root	_	_
        3	that	that	SCONJ	IN	_	5	mark	_	_
        4	it	it	PRON	PRP	_	5	nsubj	_	_
        5	attacked	attack	VERB	VBD	_	2	ccomp	_	_
        6	Israel	Israel	PROPN	NNP	_	5	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # text = Troops were attacked by rebels.
        1	Troops	troop	NOUN	NNS	_	3	nsubj:pass	_	_
        2	were	be	AUX	VBD	_	3	aux:pass	_	_
        3	attacked	attack	VERB	VBN	_	0	root	_	_
        4	by	by	ADP	IN	_	5	case	_	_
        5	rebels	rebel	NOUN	NNS	_	3	obl:agent	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TrainSyntax_TinyTreebank_WritesTheModelAndScoresDevAndTest()
    {
        foreach (string part in new[] { "train", "dev", "test" })
        {
            _temp.Write($"tb/xx-ud-{part}.conllu", Sentences);
        }

        var result = GraphCli.Run(_temp.Path, "train-syntax", "--treebank", "tb", "--out", "models", "--iterations", "2", "--tagger-iterations", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(_temp.File("models/en-ewt.syntax.bin")).Length > 0);
        Assert.Contains("dev", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("test", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("LAS", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainSyntax_MissingTreebank_OneLineErrorAndExitOne()
    {
        var result = GraphCli.Run(_temp.Path, "train-syntax", "--treebank", "nowhere", "--out", "models");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("models")));
    }

    [Fact]
    public void TrainSyntax_MalformedLine_NamesFileAndLine()
    {
        _temp.Write("tb/xx-ud-train.conllu", "# text = x\n1\tx\tx\n");

        var result = GraphCli.Run(_temp.Path, "train-syntax", "--treebank", "tb", "--out", "models");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("xx-ud-train.conllu:2:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void TrainSyntax_ZeroIterations_IsABadArgument()
    {
        var result = GraphCli.Run(_temp.Path, "train-syntax", "--iterations", "0");

        Assert.Equal(2, result.ExitCode);
    }
}
