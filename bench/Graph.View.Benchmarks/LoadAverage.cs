using System.Globalization;

namespace Graph.View.Benchmarks;

/// <summary>The machine's load average (1, 5 and 15 minutes) from /proc/loadavg: the machine is shared, and timings depend on it.</summary>
internal static class LoadAverage
{
    /// <summary>The three averages as <c>1.23 0.98 0.75</c>, or <c>unknown</c> where /proc is not available.</summary>
    public static string Read()
    {
        const string file = "/proc/loadavg";
        if (!File.Exists(file))
        {
            return "unknown";
        }

        string[] fields = File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', fields.Take(3).Select(f => double.Parse(f, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)));
    }
}
