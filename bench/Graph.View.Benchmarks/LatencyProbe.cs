using System.Diagnostics;
using System.Net;

namespace Graph.View.Benchmarks;

/// <summary>Times requests one after another against a running server, each after warm-up requests that are not counted.</summary>
internal static class LatencyProbe
{
    /// <summary>Untimed requests before the timed ones: the first answers pay for JIT compilation and connection set-up.</summary>
    private const int WarmUp = 5;

    /// <summary>Times <paramref name="runs"/> requests of each call.</summary>
    /// <exception cref="InvalidOperationException">A call was not answered 200 OK.</exception>
    public static async Task<IReadOnlyList<ApiLatency>> RunAsync(Uri server, IReadOnlyList<ApiCall> calls, int runs)
    {
        using var client = new HttpClient { BaseAddress = server };
        var results = new List<ApiLatency>();
        foreach (var call in calls)
        {
            long bytes = 0;
            for (int i = 0; i < WarmUp; i++)
            {
                bytes = await GetAsync(client, call);
            }

            var times = new List<double>(runs);
            for (int i = 0; i < runs; i++)
            {
                long start = Stopwatch.GetTimestamp();
                await GetAsync(client, call);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            results.Add(new ApiLatency(call, Percentiles.Of(times), bytes));
        }

        return results;
    }

    private static async Task<long> GetAsync(HttpClient client, ApiCall call)
    {
        using var response = await client.GetAsync(new Uri(call.PathAndQuery, UriKind.Relative));
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? body.Length
            : throw new InvalidOperationException($"{call.PathAndQuery}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
    }
}
