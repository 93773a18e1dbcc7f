using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Routes.Geo.Storage.Columns;

/// <summary>
/// A read-only run of <typeparamref name="T"/> behind a pointer and a length: an array on the pinned object heap, or a
/// section of a memory-mapped saved network viewed in place. One code path for both; every index is bounds-checked.
/// </summary>
internal readonly unsafe struct Column<T> : IEquatable<Column<T>>
    where T : unmanaged
{
    private readonly T* _items;

    // Keeps what _items points into alive: the pinned array, or the mapping (unmapped by its finalizer).
    private readonly object? _owner;

    private Column(T* items, int length, object? owner)
    {
        _items = items;
        Length = length;
        _owner = owner;
    }

    /// <summary>The empty column.</summary>
    public static Column<T> Empty => default;

    public int Length { get; }

    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ThrowOutOfRange(index, Length);
            }

            return _items[index];
        }
    }

    /// <summary>A column over a copy of <paramref name="values"/> on the pinned object heap (it never moves, so a pointer stays valid).</summary>
    public static Column<T> Pin(ReadOnlySpan<T> values)
    {
        if (values.IsEmpty)
        {
            return default;
        }

        T[] pinned = GC.AllocateUninitializedArray<T>(values.Length, pinned: true);
        values.CopyTo(pinned);
        return OverPinned(pinned);
    }

    /// <summary>A column over <paramref name="pinned"/> itself, which must have been allocated on the pinned object heap.</summary>
    public static Column<T> OverPinned(T[] pinned) =>
        pinned.Length == 0 ? default : new Column<T>((T*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned)), pinned.Length, pinned);

    /// <summary>A column over <paramref name="length"/> items at <paramref name="items"/>, which <paramref name="owner"/> keeps valid.</summary>
    public static Column<T> View(T* items, int length, object owner) => new(items, length, owner);

    public ReadOnlySpan<T> AsSpan() => new(_items, Length);

    public ReadOnlySpan<T> AsSpan(int start, int length) => AsSpan().Slice(start, length);

    public T[] ToArray() => AsSpan().ToArray();

    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    public bool Equals(Column<T> other) => _items == other._items && Length == other.Length;

    public override bool Equals(object? obj) => obj is Column<T> other && Equals(other);

    public override int GetHashCode() => HashCode.Combine((nint)_items, Length);

    public static bool operator ==(Column<T> left, Column<T> right) => left.Equals(right);

    public static bool operator !=(Column<T> left, Column<T> right) => !left.Equals(right);

    private static void ThrowOutOfRange(int index, int length) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"Index {index} is outside a column of {length} items.");
}
