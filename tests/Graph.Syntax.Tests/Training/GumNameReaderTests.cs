using Graph.Syntax.Training;
using Graph.Testing;

namespace Graph.Syntax.Tests.Training;

public sealed class GumNameReaderTests : IDisposable
{
    // "the school of Dr. Ann Lee at Aberdeen Grammar School in Dulwich": a non-name organization around a titled
    // person, a name with a place nested inside it, and a place.
    private const string Sentence = """
        # sent_id = GUM_bio_test-1
        1	the	the	DET	DT	_	2	det	_	Entity=(1-organization-new-x-1
        2	school	school	NOUN	NN	_	0	root	_	_
        3	of	of	ADP	IN	_	5	case	_	_
        4	Dr.	Dr.	PROPN	NNP	_	5	nmod:desc	_	Entity=(2-person-new-x-2
        5	Ann	Ann	PROPN	NNP	_	2	nmod	_	_
        6	Lee	Lee	PROPN	NNP	_	5	flat	_	Entity=2)
        7	at	at	ADP	IN	_	10	case	_	_
        8	Aberdeen	Aberdeen	PROPN	NNP	_	10	compound	_	Entity=(3-organization-new-x-1(4-place-new-x-1-sgl-Aberdeen)
        9	Grammar	Grammar	PROPN	NNP	_	10	compound	_	_
        10	School	School	PROPN	NNP	_	2	nmod	_	Entity=3)
        11	in	in	ADP	IN	_	12	case	_	_
        12	Dulwich	Dulwich	PROPN	NNP	_	10	nmod	_	Entity=(5-place-new-x-1-sgl-Dulwich)1)

        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Convert_Mentions_KeepsProperNamesOutermostWithoutTitles()
    {
        var sentence = Assert.Single(ConlluReader.Read(new StringReader(Sentence), "t"));

        var names = GumNameReader.Convert(sentence, "t");

        Assert.Equal(["O", "O", "O", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"], names.Labels);
    }

    [Fact]
    public void Convert_PlaceWithItsState_GivesEachPlaceAName()
    {
        const string Place = """
            # sent_id = GUM_voyage_test-1
            1	in	in	ADP	IN	_	2	case	_	_
            2	Dover	Dover	PROPN	NNP	_	0	root	_	Entity=(1-place-new-x-1
            3	,	,	PUNCT	,	_	4	punct	_	_
            4	Delaware	Delaware	PROPN	NNP	_	2	appos	_	Entity=1)

            """;
        var sentence = Assert.Single(ConlluReader.Read(new StringReader(Place), "t"));

        var names = GumNameReader.Convert(sentence, "t");

        Assert.Equal(["O", "B-LOC", "O", "B-LOC"], names.Labels);
    }

    [Fact]
    public void TrainingFiles_HeldOutDocuments_AreLeftOut()
    {
        string heldOut = GumNameReader.HeldOutDocuments.Order(StringComparer.Ordinal).First();
        foreach (string name in new[] { "GUM_bio_a.conllu", heldOut + ".conllu", "GUM_news_b.conllu", "GUM_voyage_d.conllu" })
        {
            File.WriteAllText(Path.Combine(_temp.Path, name), string.Empty);
        }

        var files = GumNameReader.TrainingFiles(_temp.Path).Select(Path.GetFileName);

        Assert.Equal(["GUM_bio_a.conllu", "GUM_news_b.conllu", "GUM_voyage_d.conllu"], files);
    }

    [Fact]
    public void TrainingFiles_MissingFolder_NamesIt()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => GumNameReader.TrainingFiles(Path.Combine(_temp.Path, "nowhere")));

        Assert.Contains("nowhere", ex.Message, StringComparison.Ordinal);
    }
}
