using Graph.Extraction.Internal;
using Graph.Extraction.Tokens;

namespace Graph.Extraction.TimePlace;

/// <summary>
/// Dates a sentence against the publication date: "on Sunday" is the latest Sunday on or before it,
/// "yesterday" the day before, "in June" the first of the latest June not after it, "June 5" that day.
/// Without a publication date nothing can be resolved.
/// </summary>
public static class DateResolver
{
    /// <summary>The date the sentence's tokens refer to, or the publication date when they name none.</summary>
    public static DateOnly? Resolve(IReadOnlyList<Token> tokens, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (published is not DateOnly today)
        {
            return null;
        }

        for (int k = 0; k < tokens.Count; k++)
        {
            Token token = tokens[k];
            if (!token.IsWord)
            {
                continue;
            }

            switch (token.Lower)
            {
                case "yesterday":
                    return today.AddDays(-1);
                case "today":
                    return today;
                default:
                    break;
            }

            if (token.IsCapitalized && Calendar.Weekday(token.Lower) is DayOfWeek weekday)
            {
                int back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
                return today.AddDays(-back);
            }

            int month = token.IsCapitalized ? Calendar.MonthNumber(token.Lower) : 0;
            if (month > 0 && (k > 0 && tokens[k - 1].Lower is "in" or "on" or "since" or "last" || NextDay(tokens, k) is not null))
            {
                int year = month > today.Month ? today.Year - 1 : today.Year;
                if (tokens.ElementAtOrDefault(k + 1) is { Kind: TokenKind.Number } y1 && y1.Text.Length == 4 && int.TryParse(y1.Text, out int explicitYear))
                {
                    year = explicitYear;
                }

                int day = NextDay(tokens, k) ?? PreviousDay(tokens, k) ?? 1;
                return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : new DateOnly(year, month, 1);
            }
        }

        return today;
    }

    private static int? NextDay(IReadOnlyList<Token> tokens, int k) =>
        tokens.ElementAtOrDefault(k + 1) is { Kind: TokenKind.Number } n && n.Text.Length <= 2 && int.TryParse(n.Text, out int day) && day is >= 1 and <= 31
            ? day : null;

    private static int? PreviousDay(IReadOnlyList<Token> tokens, int k) =>
        tokens.ElementAtOrDefault(k - 1) is { Kind: TokenKind.Number } n && n.Text.Length <= 2 && int.TryParse(n.Text, out int day) && day is >= 1 and <= 31
            ? day : null;
}
