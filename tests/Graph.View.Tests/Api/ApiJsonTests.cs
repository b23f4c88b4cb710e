using Graph.View.Api;
using Newtonsoft.Json.Linq;

namespace Graph.View.Tests.Api;

public sealed class ApiJsonTests
{
    [Fact]
    public void Serialize_CamelCaseWithoutNullsKeepingDictionaryKeys()
    {
        string json = ApiJson.Serialize(new { FirstName = "a", Missing = (string?)null, Map = new Dictionary<string, int> { ["Rel:X"] = 1 } });

        Assert.Equal("{\"firstName\":\"a\",\"map\":{\"Rel:X\":1}}", json);
    }

    [Fact]
    public void ForScriptElement_EscapesWhatCouldEndTheElement_AndParsesBackTheSame()
    {
        string text = "</script><!-- & \u2028 \u2029 > 'x' \"y\" \u202Eevil";
        string json = ApiJson.Serialize(new { text });

        string safe = ApiJson.ForScriptElement(json);

        Assert.DoesNotContain('<', safe);
        Assert.DoesNotContain('>', safe);
        Assert.DoesNotContain('&', safe);
        Assert.DoesNotContain('\u2028', safe);
        Assert.DoesNotContain('\u2029', safe);
        Assert.Contains("\\u003c/script\\u003e", safe, StringComparison.Ordinal);
        Assert.Equal(text, (string)JObject.Parse(safe)["text"]!);
    }
}
