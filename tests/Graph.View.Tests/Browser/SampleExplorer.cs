namespace Graph.View.Tests.Browser;

/// <summary>The explorer over the sample articles (data/articles) as extraction reads them.</summary>
public sealed class SampleExplorer : ExplorerFixture
{
    /// <inheritdoc />
    protected override void BuildStore(string path) => SampleStore.BuildFromSampleArticles(path);
}
