using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Graph.View.Tests.Api.Shapes;

/// <summary>The API's JSON settings without its converters: what the shapes' declarations alone give.</summary>
internal static class ReflectionJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.None,
    };

    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);
}
