using System.Text;
using System.Text.Json;
using Graph.Bolt;
using Graph.Neo4j.Queries;

namespace Graph.Neo4j.Tests.Queries;

public sealed class QueryOutputTests
{
    private static readonly string[] Keys = ["name", "count", "since", "aliases", "node"];

    private static readonly IReadOnlyList<object?>[] Rows =
    [
        ["Qatar, \"State\"\nof", 3L, new BoltDate(17322), new List<object?> { "Doha", 1.5 }, new Node(1, "4:x:1", ["Entity", "Country"], new Dictionary<string, object?> { ["name"] = "Qatar" })],
        [null, -1L, null, new List<object?>(), null],
    ];

    [Fact]
    public void FormatText_WritesDatesIsoAndNestedValuesReadably()
    {
        Assert.Equal("2017-06-05", QueryOutput.FormatText(new BoltDate(17322)));
        Assert.Equal("[Doha, 1.5]", QueryOutput.FormatText(Rows[0][3]));
        Assert.Equal("(:Entity:Country {name: Qatar})", QueryOutput.FormatText(Rows[0][4]));
        Assert.Equal("", QueryOutput.FormatText(null));
    }

    [Fact]
    public void WriteJson_ArrayOfObjectsInColumnOrder_ParsesBack()
    {
        // Act
        using var stream = new MemoryStream();
        QueryOutput.WriteJson(Keys, Rows, stream);
        using var document = JsonDocument.Parse(stream.ToArray());

        // Assert
        var first = document.RootElement[0];
        Assert.Equal(Keys, first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Qatar, \"State\"\nof", first.GetProperty("name").GetString());
        Assert.Equal(3, first.GetProperty("count").GetInt64());
        Assert.Equal("2017-06-05", first.GetProperty("since").GetString());
        Assert.Equal(1.5, first.GetProperty("aliases")[1].GetDouble());
        Assert.Equal("Country", first.GetProperty("node").GetProperty("labels")[1].GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement[1].GetProperty("name").ValueKind);
    }

    [Fact]
    public void WriteCsv_QuotesFieldsThatNeedIt()
    {
        // Act
        var writer = new StringWriter();
        QueryOutput.WriteCsv(Keys, Rows, writer);

        // Assert
        Assert.Equal(
            "name,count,since,aliases,node\r\n"
            + "\"Qatar, \"\"State\"\"\nof\",3,2017-06-05,\"[Doha, 1.5]\",(:Entity:Country {name: Qatar})\r\n"
            + ",-1,,[],\r\n",
            writer.ToString());
    }
}
