using System.Globalization;

namespace Graph.Ingestion.Reading;

/// <summary>Publication dates as formats carry them: ISO dates, ISO timestamps, RFC 1123.</summary>
internal static class DateParsing
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>The calendar date of <paramref name="text"/> as written (a timestamp keeps its own local date).</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string value = text.Trim();
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp))
        {
            return DateOnly.FromDateTime(stamp.DateTime);
        }

        return null;
    }
}
