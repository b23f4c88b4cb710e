using System.Net;
using Newtonsoft.Json.Linq;

namespace Graph.View.Tests.Support;

/// <summary>One API answer: status, content type and the parsed JSON.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="Json">The parsed body.</param>
public sealed record ApiCall(HttpStatusCode Status, string? ContentType, JToken Json)
{
    /// <summary>GETs <paramref name="path"/> from <paramref name="client"/>.</summary>
    public static async Task<ApiCall> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        return new ApiCall(response.StatusCode, response.Content.Headers.ContentType?.ToString(), JToken.Parse(body));
    }

    /// <summary>The JSON as an object.</summary>
    public JObject Object => (JObject)Json;
}
