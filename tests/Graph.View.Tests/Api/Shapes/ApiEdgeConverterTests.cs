using Graph.View.Api;
using Graph.View.Api.Shapes;
using Graph.View.Data;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api.Shapes;

public sealed class ApiEdgeConverterTests
{
    [Fact]
    public void Write_GivesWhatTheDeclarationGives()
    {
        var graph = ViewGraph.Build(RandomGraph.Source(seed: 5));
        List<ApiEdge> edges =
        [
            .. graph.Relations.Select(ApiShapes.Edge),
            new("rel:\"quoted\"", "a</script>", "b\u2028", "HOLDS_POSITION", "structural", "asserted", "Secretary of \"State\" & <b>", 3, "2021-01-02", "2021-03-04"),
        ];

        Assert.Contains(edges, e => e.FirstDate is null);
        Assert.Contains(edges, e => e.FirstDate is not null);
        Assert.Equal(ReflectionJson.Serialize(edges), ApiJson.Serialize(edges));
    }
}
