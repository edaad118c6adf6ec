#include "DType.h"

#include "Bytes.h"

#include <array>

namespace memplanner {

namespace {

struct DTypeInfo
{
    DType type;
    const char *name;
    int bytes;
};

constexpr std::array<DTypeInfo, 9> kDTypes{{
    {DType::Float32, "float32", 4},
    {DType::Float16, "float16", 2},
    {DType::BFloat16, "bfloat16", 2},
    {DType::Int64, "int64", 8},
    {DType::Int32, "int32", 4},
    {DType::Int8, "int8", 1},
    {DType::UInt8, "uint8", 1},
    {DType::Bool, "bool", 1},
    {DType::Int4, "int4", 1},
}};

const DTypeInfo &info(DType type)
{
    return kDTypes[static_cast<std::size_t>(type)];
}

} // namespace

std::int64_t storageBytes(DType type, std::int64_t count)
{
    if (type == DType::Int4)
        return (count + 1) / 2;
    return checkedMul(count, info(type).bytes);
}

int elementBytes(DType type)
{
    return info(type).bytes;
}

bool isFloating(DType type)
{
    return type == DType::Float32 || type == DType::Float16 || type == DType::BFloat16;
}

QString dtypeName(DType type)
{
    return QLatin1String(info(type).name);
}

std::optional<DType> dtypeFromName(const QString &name)
{
    for (const DTypeInfo &i : kDTypes)
        if (name == QLatin1String(i.name))
            return i.type;
    if (name == QLatin1String("float") || name == QLatin1String("fp32"))
        return DType::Float32;
    if (name == QLatin1String("half") || name == QLatin1String("fp16"))
        return DType::Float16;
    if (name == QLatin1String("bf16"))
        return DType::BFloat16;
    if (name == QLatin1String("long"))
        return DType::Int64;
    return std::nullopt;
}

} // namespace memplanner
