using Graph.View.Api;
using Graph.View.Api.Shapes;
using Graph.View.Data;
using Graph.View.Tests.Support;

namespace Graph.View.Tests.Api.Shapes;

public sealed class ApiNodeConverterTests
{
    [Fact]
    public void Write_GivesWhatTheDeclarationGives()
    {
        var graph = ViewGraph.Build(RandomGraph.Source(seed: 6));
        List<ApiNode> nodes =
        [
            .. graph.Entities.Select(ApiShapes.Node),
            .. graph.Entities.Select(ApiShapes.NodeWithAliases),
            new ApiNode("person:\"x\"", "Person", "Ángela </script> \u2029", 0, 0) { Aliases = [], Matched = "Díaz \\ \"" },
        ];

        Assert.Equal(ReflectionJson.Serialize(nodes), ApiJson.Serialize(nodes));
    }
}
