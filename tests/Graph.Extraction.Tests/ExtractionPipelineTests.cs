using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests;

public sealed class ExtractionPipelineTests
{
    private static ArticleDocument Sample() =>
        new("sample.txt", "Ruto hosts Abiy in Nairobi", File.ReadAllText(Path.Combine(RepositoryPaths.SampleArticles, "000_3204a382f74a6061.txt")));

    [Fact]
    public void Extract_SameArticleTwice_GivesIdenticalJson()
    {
        // Given two separately built pipelines
        ExtractionPipeline first = new ExtractionPipelineBuilder().UseDefaults().Build();
        ExtractionPipeline second = new ExtractionPipelineBuilder().UseDefaults().Build();

        // When both extract the same article
        string a = ExtractionJson.Serialize(first.Extract(Sample()));
        string b = ExtractionJson.Serialize(second.Extract(Sample()));

        // Then the bytes are the same
        Assert.Equal(a, b);
    }

    [Fact]
    public void Extract_InParallel_GivesTheSameResultAsSequential()
    {
        string expected = ExtractionJson.Serialize(ExtractionPipeline.Default.Extract(Sample()));
        string[] results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = ExtractionJson.Serialize(ExtractionPipeline.Default.Extract(Sample())));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Build_WithoutFactExtensions_FindsEntitiesButNoFacts()
    {
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseCleanup().UseSentences().UseTokens().UseMentions().UseCoreference().Build();
        var x = pipeline.Extract(new ArticleDocument("a.txt", "News", "Kenya accused Somalia of violating the border."));
        Assert.NotEmpty(x.Entities);
        Assert.Empty(x.Facts);
        Assert.Equal(5, pipeline.Stages.Count);
    }

    [Fact]
    public void Use_SameExtensionTwice_RegistersItOnce() =>
        Assert.Single(new ExtractionPipelineBuilder().UseMentions().UseMentions().Extensions);

    [Fact]
    public void Extract_SpansOfMentions_IndexIntoText()
    {
        ArticleDocument document = Sample();
        var x = ExtractionPipeline.Default.Extract(document);
        foreach (var entity in x.Entities)
        {
            foreach (TextSpan span in entity.Mentions)
            {
                string text = document.Text[span.Start..span.End];
                Assert.True(text.Length > 0 && text.Trim() == text && !text.Contains('\n', StringComparison.Ordinal), $"{entity.Name}: '{text}'");
            }
        }

        foreach (var fact in x.Facts)
        {
            Assert.Equal(fact.Sentence, document.Text[fact.Span.Start..fact.Span.End]);
        }
    }
}
