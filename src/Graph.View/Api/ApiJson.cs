using System.Globalization;
using System.Text;
using Graph.View.Api.Shapes;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Graph.View.Api;

/// <summary>The API's JSON: camelCase names (dictionary keys, which are ids, kept as they are), nulls omitted, no indentation.</summary>
public static class ApiJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.None,
        DateParseHandling = DateParseHandling.None,
        Converters = [new ApiNodeConverter(), new ApiEdgeConverter()],
    };

    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Writes the JSON text of <paramref name="value"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, object value)
    {
        using var json = new JsonTextWriter(writer) { CloseOutput = false };
        JsonSerializer.Create(Settings).Serialize(json, value);
    }

    /// <summary>
    /// JSON text made safe to stand inside an HTML <c>script</c> element: <c>&lt;</c>, <c>&gt;</c> and
    /// <c>&amp;</c> written as <c>\u003c</c>, <c>\u003e</c> and <c>\u0026</c> (so neither <c>&lt;/script&gt;</c>
    /// nor <c>&lt;!--</c> can end or change the element) and U+2028 and U+2029 escaped. These characters can
    /// only stand inside JSON strings, where the escapes mean the same characters.
    /// </summary>
    public static string ForScriptElement(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var builder = new StringBuilder(json.Length + 64);
        foreach (char c in json)
        {
            switch (c)
            {
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
