using System.Runtime.CompilerServices;

namespace Graph.Syntax.Features;

/// <summary>Deterministic 64-bit hashing of strings and feature tuples (string.GetHashCode is randomised per process).</summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    /// <summary>Hash of a character span.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>Hash of the lower-cased characters of a span, without allocating.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>Hash of an integer value (tag or label id).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong OfInt(int value) => Finish((ulong)(uint)value + 0x9E3779B97F4A7C15UL);

    /// <summary>Feature key of a template with one value; never 0 (0 marks an empty table slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) => NonZero(Finish(((ulong)template * 0xD6E8FEB86659FD93UL) ^ a));

    /// <summary>Feature key of a template with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => NonZero(Finish((Finish(((ulong)template * 0xD6E8FEB86659FD93UL) ^ a) * 0x9E3779B97F4A7C15UL) ^ b));

    /// <summary>Feature key of a template with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) =>
        NonZero(Finish((Finish((Finish(((ulong)template * 0xD6E8FEB86659FD93UL) ^ a) * 0x9E3779B97F4A7C15UL) ^ b) * 0xC2B2AE3D27D4EB4FUL) ^ c));

    /// <summary>The splitmix64 finaliser: spreads every input bit over the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong h)
    {
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
