using System.Runtime.CompilerServices;

namespace Graph.Syntax.Features;

/// <summary>
/// A (class, weight) entry of a weight row in 4 bytes. The model's weights are 16-bit floats, and a 16-bit float
/// widened to 32 bits leaves the low 13 bits of the mantissa zero: the class goes there. The weight read back is the
/// exact same float, so the scores are the same sums.
/// </summary>
internal static class PackedEntry
{
    /// <summary>Number of classes a packed entry can name.</summary>
    public const int MaxClasses = 1 << ClassBits;

    private const int ClassBits = 13;
    private const uint ClassMask = MaxClasses - 1;

    /// <summary>Whether every entry of the row packs without loss and names one of the first <paramref name="classes"/> classes.</summary>
    public static bool Fits(ReadOnlySpan<WeightTable.Entry> row, int classes)
    {
        foreach (var e in row)
        {
            if (e.Class < 0 || e.Class >= Math.Min(classes, MaxClasses) || (BitConverter.SingleToUInt32Bits(e.Weight) & ClassMask) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Packs an entry that <see cref="Fits"/>.</summary>
    public static uint Pack(WeightTable.Entry entry) => BitConverter.SingleToUInt32Bits(entry.Weight) | (uint)entry.Class;

    /// <summary>The entry packed in <paramref name="packed"/>.</summary>
    public static WeightTable.Entry Unpack(uint packed) => new(Class(packed), Weight(packed));

    /// <summary>The class of a packed entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Class(uint packed) => (int)(packed & ClassMask);

    /// <summary>The weight of a packed entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Weight(uint packed) => BitConverter.UInt32BitsToSingle(packed & ~ClassMask);
}
