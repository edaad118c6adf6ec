#pragma once

#include <cstdint>
#include <limits>

namespace memplanner {

/** Thrown by checked size arithmetic; the planner turns it into a translated message. */
struct SizeOverflow
{
};

/** a + b on 64-bit sizes; throws SizeOverflow instead of wrapping. */
inline std::int64_t checkedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r))
        throw SizeOverflow{};
    return r;
}

/** a − b on 64-bit sizes; throws SizeOverflow instead of wrapping. */
inline std::int64_t checkedSub(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r))
        throw SizeOverflow{};
    return r;
}

/** a × b on 64-bit sizes; throws SizeOverflow instead of wrapping. */
inline std::int64_t checkedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        throw SizeOverflow{};
    return r;
}

/** @p a / @p b rounded up, for @p a ≥ 0 and @p b > 0. */
inline std::int64_t ceilDiv(std::int64_t a, std::int64_t b)
{
    return a / b + (a % b != 0 ? 1 : 0);
}

/** Rounds @p value up to a multiple of @p multiple (> 0). */
inline std::int64_t roundUp(std::int64_t value, std::int64_t multiple)
{
    const std::int64_t rem = value % multiple;
    return rem == 0 ? value : checkedAdd(value, multiple - rem);
}

/**
 * A size that grows linearly with the batch: fixed + perSample × batch.
 * Activations scale with the batch, parameters do not; keeping both terms makes a batch sweep
 * an evaluation and "largest batch that fits" a division rather than a search.
 */
struct Affine
{
    std::int64_t fixed = 0;
    std::int64_t perSample = 0;

    std::int64_t at(std::int64_t batch) const
    {
        return checkedAdd(fixed, checkedMul(perSample, batch));
    }
    Affine &operator+=(const Affine &o)
    {
        fixed = checkedAdd(fixed, o.fixed);
        perSample = checkedAdd(perSample, o.perSample);
        return *this;
    }
    Affine &operator-=(const Affine &o)
    {
        fixed = checkedSub(fixed, o.fixed);
        perSample = checkedSub(perSample, o.perSample);
        return *this;
    }
    friend Affine operator+(Affine a, const Affine &b) { return a += b; }
    friend Affine operator-(Affine a, const Affine &b) { return a -= b; }
    friend Affine operator*(const Affine &a, std::int64_t k)
    {
        return {checkedMul(a.fixed, k), checkedMul(a.perSample, k)};
    }
    friend bool operator==(const Affine &, const Affine &) = default;
    bool isZero() const { return fixed == 0 && perSample == 0; }
};

} // namespace memplanner
