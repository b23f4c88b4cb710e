using System.Globalization;

namespace Graph.Bolt;

/// <summary>A Cypher <c>Duration</c>: months, days, seconds and nanoseconds, kept apart as Neo4j does.</summary>
/// <param name="Months">Months.</param>
/// <param name="Days">Days.</param>
/// <param name="Seconds">Seconds.</param>
/// <param name="Nanoseconds">Nanoseconds (0–999 999 999).</param>
public readonly record struct BoltDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    /// <summary>Converts a <see cref="TimeSpan"/> (to seconds and nanoseconds; no months or days).</summary>
    public static BoltDuration FromTimeSpan(TimeSpan value)
    {
        long seconds = Math.DivRem(value.Ticks, TimeSpan.TicksPerSecond, out long rest);
        if (rest < 0)
        {
            seconds--;
            rest += TimeSpan.TicksPerSecond;
        }

        return new BoltDuration(0, 0, seconds, (int)(rest * 100));
    }

    /// <summary>ISO 8601 duration text.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P{Months}M{Days}DT{Seconds}.{Nanoseconds:D9}S");
}
