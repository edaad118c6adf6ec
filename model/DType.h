#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace memplanner {

/** Element types of tensors. Int4 is stored packed (two per byte). */
enum class DType : std::uint8_t { Float32, Float16, BFloat16, Int64, Int32, Int8, UInt8, Bool, Int4 };

/** Storage bytes of @p count elements of @p type (Int4 rounds up to whole bytes). */
std::int64_t storageBytes(DType type, std::int64_t count);

/** Bytes per element; Int4 reports 1 (use storageBytes for exact packed sizes). */
int elementBytes(DType type);

bool isFloating(DType type);

/** The file-format name: "float32", "float16", "bfloat16", "int64", … */
QString dtypeName(DType type);

std::optional<DType> dtypeFromName(const QString &name);

} // namespace memplanner
