using System.Globalization;

namespace Graph.Bolt;

/// <summary>ISO 8601 spelling shared by the temporal types' ToString.</summary>
internal static class TemporalText
{
    public static string Time(long nanosecondOfDay)
    {
        long seconds = Math.DivRem(nanosecondOfDay, 1_000_000_000L, out long nanos);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}.{nanos:D9}");
    }

    public static string Offset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        char sign = offsetSeconds < 0 ? '-' : '+';
        int abs = Math.Abs(offsetSeconds);
        string text = string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 3600:D2}:{abs / 60 % 60:D2}");
        return abs % 60 == 0 ? text : text + string.Create(CultureInfo.InvariantCulture, $":{abs % 60:D2}");
    }

    public static string DateTime(long epochSeconds, int nanosecond)
    {
        long days = Math.DivRem(epochSeconds, 86_400L, out long secondOfDay);
        if (secondOfDay < 0)
        {
            days--;
            secondOfDay += 86_400;
        }

        return new BoltDate(days) + "T" + Time((secondOfDay * 1_000_000_000L) + nanosecond);
    }
}
