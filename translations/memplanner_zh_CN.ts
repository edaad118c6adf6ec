<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysedGraph</name>
    <message>
        <source>The graph has a cycle through: %1.</source>
        <translation>计算图存在环，经过：%1。</translation>
    </message>
    <message>
        <source>A graph input has no name.</source>
        <translation>计算图的某个输入没有名称。</translation>
    </message>
    <message>
        <source>The name “%1” is used twice.</source>
        <translation>名称“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>A node of type %1 has no name.</source>
        <translation>一个类型为 %1 的节点没有名称。</translation>
    </message>
    <message>
        <source>Input “%1” has a dimension of %2; sizes must be positive.</source>
        <translation>输入“%1”有一个维度为 %2；尺寸必须为正数。</translation>
    </message>
    <message>
        <source>Node “%1” reads output %2 of “%3”, which has no such output.</source>
        <translation>节点“%1”读取“%3”的输出 %2，但“%3”没有该输出。</translation>
    </message>
    <message>
        <source>Node “%1” reads “%2”, which is neither a graph input nor a node.</source>
        <translation>节点“%1”读取“%2”，但它既不是计算图输入，也不是节点。</translation>
    </message>
    <message>
        <source>Node “%1” ties its weight to “%2”, which is not an earlier node's parameter.</source>
        <translation>节点“%1”将其权重绑定到“%2”，但它不是前面某个节点的参数。</translation>
    </message>
    <message>
        <source>Node “%1” ties its weight to “%2”, whose shape differs.</source>
        <translation>节点“%1”将其权重绑定到“%2”，但两者形状不同。</translation>
    </message>
    <message>
        <source>Node “%1” has an unknown operation “%2”.</source>
        <translation>节点“%1”使用了未知算子“%2”。</translation>
    </message>
    <message>
        <source>Node “%1” (%2) has %3 inputs; it takes %4 to %5.</source>
        <translation>节点“%1”（%2）有 %3 个输入；该算子接受 %4 到 %5 个。</translation>
    </message>
    <message>
        <source>Node “%1” produces an empty tensor.</source>
        <translation>节点“%1”产生了空张量。</translation>
    </message>
    <message>
        <source>The graph has no nodes.</source>
        <translation>计算图中没有节点。</translation>
    </message>
    <message>
        <source>The batch size must be at least 1 (got %1).</source>
        <translation>批量大小必须至少为 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>The sequence length must be at least 1 (got %1).</source>
        <translation>序列长度必须至少为 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>The batch size or sequence length is absurdly large.</source>
        <translation>批量大小或序列长度大得离谱。</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批量 %1</translation>
    </message>
    <message>
        <source>The graph's structure changes with the batch size; sizes are exact only at batch %1.</source>
        <translation>计算图的结构随批量大小而变化；尺寸仅在批量为 %1 时准确。</translation>
    </message>
    <message>
        <source>Sizes overflow 64 bits just above batch %1.</source>
        <translation>批量略大于 %1 时尺寸就会超出 64 位。</translation>
    </message>
    <message>
        <source>The graph is valid only at batch %1 (a shape fixes the batch); sizes do not scale with the batch.</source>
        <translation>计算图仅在批量为 %1 时有效（某个形状固定了批量）；尺寸不会随批量缩放。</translation>
    </message>
    <message>
        <source>“%1” would need %2 PiB for one tensor: a dimension is absurdly large.</source>
        <translation>“%1”的单个张量将需要 %2 PiB：某个维度大得离谱。</translation>
    </message>
    <message>
        <source>input “%1”</source>
        <translation>输入“%1”</translation>
    </message>
    <message>
        <source>node “%1”</source>
        <translation>节点“%1”</translation>
    </message>
    <message>
        <source>the parameters of node “%1”</source>
        <translation>节点“%1”的参数</translation>
    </message>
</context>
<context>
    <name>BeyondCommands</name>
    <message>
        <source>%1 must be a whole number of at least %2, not “%3”.</source>
        <translation>%1 必须是不小于 %2 的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 is absurdly large (%2).</source>
        <translation>%1 大得离谱（%2）。</translation>
    </message>
    <message>
        <source>%1 must not be negative, not “%2”.</source>
        <translation>%1 不能为负数（收到“%2”）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not “%3”.</source>
        <translation>%1 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 needs exactly one %2 (got %3).</source>
        <translation>%1 需要恰好一个 %2（实际收到 %3 个）。</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Buffers (e.g. BatchNorm running statistics) are not counted: they are assumed folded into the weights for deployment.</source>
        <translation>未计入缓冲区（如 BatchNorm 的运行统计量）：假定部署时它们已折叠进权重。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 parameters, batch %4, runtime %5</source>
        <translation>%1（%2）：%3 个参数，批量 %4，运行时 %5</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <source>%1 smaller tensors</source>
        <translation>%1 个较小的张量</translation>
    </message>
    <message>
        <source>all %1 tensors</source>
        <translation>全部 %1 个张量</translation>
    </message>
    <message>
        <source>Weights: %1 → %2, %3 smaller; non-zeros %4; CSR pays above %5 % sparsity.</source>
        <translation>权重：%1 → %2，缩小 %3；非零元素 %4；稀疏度高于 %5 % 时 CSR 更省。</translation>
    </message>
    <message>
        <source>Inference memory: %1 = weights %2 + activations and inputs %3 + workspace %4 (the runtime adds %5)</source>
        <translation>推理内存：%1 = 权重 %2 + 激活值与输入 %3 + 工作空间 %4（运行时另加 %5）</translation>
    </message>
    <message>
        <source>Fits %1 (%2 usable), headroom %3.</source>
        <translation>%1 放得下（可用 %2），余量 %3。</translation>
    </message>
    <message>
        <source>Does NOT fit %1 (%2 usable): short by %3.</source>
        <translation>%1 放不下（可用 %2）：缺少 %3。</translation>
    </message>
    <message>
        <source>Latency on %1: %2 (%3-bound; compute %4, memory %5); %6 and %7 moved, intensity %8 FLOP/B, ridge %9 FLOP/B.</source>
        <translation>在 %1 上的延迟：%2（%3受限；计算 %4，访存 %5）；计算量 %6，数据搬运 %7，计算强度 %8 FLOP/B，拐点 %9 FLOP/B。</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>访存</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Plan the host RAM (CPU memory) of a training process: runtime, dataset, data loader, pinned buffers and a host copy of the model.</source>
        <translation>规划训练进程的主机内存（CPU 内存）：运行时、数据集、数据加载器、锁页缓冲区以及模型在主机上的副本。</translation>
    </message>
    <message>
        <source>Runtime baseline: pytorch (391,000,000 B) or none (default: pytorch).</source>
        <translation>运行时基线：pytorch（391,000,000 B）或 none（默认：pytorch）。</translation>
    </message>
    <message>
        <source>Dataset rows.</source>
        <translation>数据集行数。</translation>
    </message>
    <message>
        <source>Dataset columns.</source>
        <translation>数据集列数。</translation>
    </message>
    <message>
        <source>Bytes per value (default 8: pandas' float64/int64).</source>
        <translation>每个值的字节数（默认 8：pandas 的 float64/int64）。</translation>
    </message>
    <message>
        <source>Copies of the data alive together, e.g. 2 during a DataFrame-to-tensor conversion (default 1).</source>
        <translation>同时存在的数据副本数，例如 DataFrame 转为张量期间为 2（默认 1）。</translation>
    </message>
    <message>
        <source>memory (the whole table) or stream (chunks); default memory.</source>
        <translation>memory（整张表）或 stream（分块）；默认 memory。</translation>
    </message>
    <message>
        <source>Streamed: rows per chunk (read_csv chunksize).</source>
        <translation>分块读取时：每块的行数（read_csv 的 chunksize）。</translation>
    </message>
    <message>
        <source>Streamed: chunks resident at once, the one in use included (default 2).</source>
        <translation>分块读取时：同时驻留内存的块数，包括正在使用的块（默认 2）。</translation>
    </message>
    <message>
        <source>DataLoader num_workers (default 0).</source>
        <translation>DataLoader 的 num_workers（默认 0）。</translation>
    </message>
    <message>
        <source>Batches each worker loads ahead (default 2).</source>
        <translation>每个工作进程预取的批次数（默认 2）。</translation>
    </message>
    <message>
        <source>Extra RSS per worker process (default: the runtime baseline, as with the spawn start method).</source>
        <translation>每个工作进程额外的 RSS（默认：运行时基线，与 spawn 启动方式相同）。</translation>
    </message>
    <message>
        <source>Every worker holds its own copy of the dataset.</source>
        <translation>每个工作进程都持有一份自己的数据集副本。</translation>
    </message>
    <message>
        <source>Samples per batch.</source>
        <translation>每批样本数。</translation>
    </message>
    <message>
        <source>Bytes of one sample as the loader yields it.</source>
        <translation>加载器产出的单个样本的字节数。</translation>
    </message>
    <message>
        <source>Page-locked staging buffers, one batch each (pin_memory).</source>
        <translation>锁页暂存缓冲区，每个容纳一个批次（pin_memory）。</translation>
    </message>
    <message>
        <source>Host copy of the model, in bytes (e.g. a loaded state_dict).</source>
        <translation>模型在主机上的副本，单位为字节（例如已加载的 state_dict）。</translation>
    </message>
    <message>
        <source>Take the host copy from a model's fp32 parameters and buffers (.memplan or builtin:NAME).</source>
        <translation>根据模型的 fp32 参数和缓冲区确定主机副本大小（.memplan 或 builtin:NAME）。</translation>
    </message>
    <message>
        <source>Anything else to count.</source>
        <translation>其他需要计入的内容。</translation>
    </message>
    <message>
        <source>Check against a device profile's host RAM (see the devices verb).</source>
        <translation>与设备档案中的主机内存比较（参见 devices 子命令）。</translation>
    </message>
    <message>
        <source>Host RAM available, e.g. 12.7GiB.</source>
        <translation>可用的主机内存，例如 12.7GiB。</translation>
    </message>
    <message>
        <source>Also print RAM against dataset rows, from 0 to N.</source>
        <translation>同时输出 RAM 随数据集行数（0 到 N）的变化。</translation>
    </message>
    <message>
        <source>Points of the row sweep (default 11).</source>
        <translation>行数扫描的点数（默认 11）。</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>Language of text output: en, vi, zh_CN.</source>
        <translation>文本输出的语言：en、vi、zh_CN。</translation>
    </message>
    <message>
        <source>A JSON file of your own device profiles (override by id).</source>
        <translation>自定义设备档案的 JSON 文件（按 id 覆盖）。</translation>
    </message>
    <message>
        <source>ram takes no positional arguments (got “%1”).</source>
        <translation>ram 不接受位置参数（收到“%1”）。</translation>
    </message>
    <message>
        <source>--loading stream needs --chunk-rows N (rows per chunk).</source>
        <translation>--loading stream 需要 --chunk-rows N（每块行数）。</translation>
    </message>
    <message>
        <source>--workers and --pinned count batches: give --batch N and --sample-bytes SIZE too.</source>
        <translation>--workers 和 --pinned 以批次计数：还需提供 --batch N 和 --sample-bytes SIZE。</translation>
    </message>
    <message>
        <source>Give either --model-bytes or --model, not both.</source>
        <translation>只能提供 --model-bytes 或 --model 之一，不能同时提供。</translation>
    </message>
    <message>
        <source>Give either --device or --capacity, not both.</source>
        <translation>只能提供 --device 或 --capacity 之一，不能同时提供。</translation>
    </message>
    <message>
        <source>--device %1 has no host RAM figure; use --capacity SIZE.</source>
        <translation>--device %1 没有主机内存数据；请使用 --capacity SIZE。</translation>
    </message>
    <message>
        <source>--points is absurdly large (%1).</source>
        <translation>--points 大得离谱（%1）。</translation>
    </message>
    <message>
        <source>Host RAM of the process</source>
        <translation>进程的主机内存</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>易读</translation>
    </message>
    <message>
        <source>Dataset: %1 rows × %2 columns × %3 bytes, %4.</source>
        <translation>数据集：%1 行 × %2 列 × %3 字节，%4。</translation>
    </message>
    <message>
        <source>loaded in memory</source>
        <translation>全部载入内存</translation>
    </message>
    <message>
        <source>streamed in chunks of %1 rows, %2 resident</source>
        <translation>按每块 %1 行分块读取，%2 块驻留内存</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Fits %1 (%2): headroom %3.</source>
        <translation>%1 放得下（%2）：余量 %3。</translation>
    </message>
    <message>
        <source>Does NOT fit %1 (%2): short by %3.</source>
        <translation>%1 放不下（%2）：缺少 %3。</translation>
    </message>
    <message>
        <source>RAM against dataset rows</source>
        <translation>RAM 随数据集行数的变化</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>全部载入</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>分块读取</translation>
    </message>
    <message>
        <source>(No --chunk-rows: the streamed column repeats the in-memory one.)</source>
        <translation>（未指定 --chunk-rows：“分块读取”列与“全部载入”列相同。）</translation>
    </message>
    <message>
        <source>Read a CSV once and recommend the smallest safe pandas dtype per column, with the memory each costs (memory_usage(deep=True)).</source>
        <translation>读取 CSV 一次，为每列推荐最小且安全的 pandas dtype，并给出各自占用的内存（memory_usage(deep=True)）。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Field delimiter, one character (default “,”; “tab” or \t for tabs).</source>
        <translation>字段分隔符，单个字符（默认“,”；制表符用“tab”或 \t）。</translation>
    </message>
    <message>
        <source>The first line is data; columns are named 0, 1, 2, …</source>
        <translation>第一行是数据；各列依次命名为 0, 1, 2, …</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--delimiter must be one ASCII character other than a quote or a line break, not “%1”.</source>
        <translation>--delimiter 必须是引号和换行符以外的单个 ASCII 字符，不能是“%1”。</translation>
    </message>
    <message>
        <source>The CSV file “%1” does not exist.</source>
        <translation>CSV 文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a directory, not a CSV file.</source>
        <translation>“%1”是目录，不是 CSV 文件。</translation>
    </message>
    <message>
        <source>Reading… %1 %</source>
        <translation>正在读取… %1 %</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns, %4 read</source>
        <translation>%1：%2 行，%3 列，已读取 %4</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Default bytes</source>
        <translation>默认字节数</translation>
    </message>
    <message>
        <source>Recommended bytes</source>
        <translation>推荐字节数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Saving: %1 of %2 (%3 %).</source>
        <translation>节省：%2 中的 %1（%3 %）。</translation>
    </message>
    <message>
        <source>Malformed rows skipped: %1 (first at line %2).</source>
        <translation>已跳过格式错误的行：%1（最早出现在第 %2 行）。</translation>
    </message>
    <message>
        <source>Malformed rows: none.</source>
        <translation>格式错误的行：无。</translation>
    </message>
    <message>
        <source>pandas: %1</source>
        <translation>pandas：%1</translation>
    </message>
    <message>
        <source>Size a model for deployment after pruning, weight sharing or int8/int4 quantisation: compressed weights, inference memory and a roofline latency on a device.</source>
        <translation>估算模型经剪枝、权重共享或 int8/int4 量化后的部署规模：压缩后的权重、推理内存，以及按屋顶线（roofline）模型估算的设备上延迟。</translation>
    </message>
    <message>
        <source>A .memplan file or builtin:NAME.</source>
        <translation>.memplan 文件或 builtin:NAME。</translation>
    </message>
    <message>
        <source>Inputs per inference (default 1).</source>
        <translation>每次推理的输入数（默认 1）。</translation>
    </message>
    <message>
        <source>Sequence length for inputs with a sequence dimension.</source>
        <translation>具有序列维度的输入的序列长度。</translation>
    </message>
    <message>
        <source>Fraction of matrix weights pruned, 0 ≤ s &lt; 1 (default 0).</source>
        <translation>被剪枝的矩阵权重比例，0 ≤ s &lt; 1（默认 0）。</translation>
    </message>
    <message>
        <source>Pruned tensors stored dense, csr or auto (the smaller; default).</source>
        <translation>剪枝后张量的存储方式：dense、csr 或 auto（取较小者；默认）。</translation>
    </message>
    <message>
        <source>Weight sharing with K shared values per tensor (0: off).</source>
        <translation>权重共享，每个张量 K 个共享值（0：关闭）。</translation>
    </message>
    <message>
        <source>Integer quantisation: none, int8 or int4 (default none).</source>
        <translation>整数量化：none、int8 或 int4（默认 none）。</translation>
    </message>
    <message>
        <source>Quantisation scales per tensor, channel (default) or group.</source>
        <translation>量化缩放因子的粒度：tensor、channel（默认）或 group。</translation>
    </message>
    <message>
        <source>Elements per scale with --granularity group (default 128).</source>
        <translation>使用 --granularity group 时每个缩放因子对应的元素数（默认 128）。</translation>
    </message>
    <message>
        <source>Bits per quantisation scale: 16 (default) or 32.</source>
        <translation>每个量化缩放因子的位数：16（默认）或 32。</translation>
    </message>
    <message>
        <source>Asymmetric quantisation: a zero-point per scale.</source>
        <translation>非对称量化：每个缩放因子配一个零点。</translation>
    </message>
    <message>
        <source>Device to deploy on (default rpi4-4gb; see the devices verb).</source>
        <translation>部署的目标设备（默认 rpi4-4gb；参见 devices 子命令）。</translation>
    </message>
    <message>
        <source>A distilled student to compare with MODEL (same recipe and device).</source>
        <translation>用于与 MODEL 比较的蒸馏学生模型（相同方案和设备）。</translation>
    </message>
    <message>
        <source>A JSON file of your own runtime profiles (override by id).</source>
        <translation>自定义运行时档案的 JSON 文件（按 id 覆盖）。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>--sparsity must be a fraction at least 0 and below 1, not “%1”.</source>
        <translation>--sparsity 必须是不小于 0 且小于 1 的比例，而不是“%1”。</translation>
    </message>
    <message>
        <source>--clusters must be 0 (off) or 2 to 16,777,216, not %1.</source>
        <translation>--clusters 必须是 0（关闭）或 2 到 16,777,216 之间的值，而不是 %1。</translation>
    </message>
    <message>
        <source>--clusters and --quant cannot be combined: choose weight sharing or integer quantisation.</source>
        <translation>--clusters 和 --quant 不能同时使用：请选择权重共享或整数量化。</translation>
    </message>
    <message>
        <source>--granularity, --group-size, --scale-bits and --zero-points need --quant int8 or int4.</source>
        <translation>--granularity、--group-size、--scale-bits 和 --zero-points 需要 --quant int8 或 int4。</translation>
    </message>
    <message>
        <source>--group-size needs --granularity group.</source>
        <translation>--group-size 需要 --granularity group。</translation>
    </message>
    <message>
        <source>%1 has no int8 peak; timed at its float32 rate.</source>
        <translation>%1 没有 int8 峰值算力数据；按其 float32 速率计时。</translation>
    </message>
    <message>
        <source>--device %1 has no FLOP/s or bandwidth figure to time on.</source>
        <translation>--device %1 没有可用于计时的 FLOP/s 或带宽数据。</translation>
    </message>
    <message>
        <source>%1 % pruned (%2)</source>
        <translation>剪枝 %1 %（%2）</translation>
    </message>
    <message>
        <source>%1-cluster weight sharing</source>
        <translation>%1 簇权重共享</translation>
    </message>
    <message>
        <source>%1, groups of %2, %3-bit scales</source>
        <translation>%1，每组 %2 个元素，%3 位缩放因子</translation>
    </message>
    <message>
        <source>%1 per %2, %3-bit scales</source>
        <translation>%1 按 %2，%3 位缩放因子</translation>
    </message>
    <message>
        <source>no compression (fp32)</source>
        <translation>不压缩（fp32）</translation>
    </message>
    <message>
        <source>Recipe: %1; device %2 (%3).</source>
        <translation>方案：%1；设备 %2（%3）。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <source>Teacher / student: parameters %1, weight bytes %2, inference memory %3, FLOPs %4, speed-up %5.</source>
        <translation>教师 / 学生：参数 %1，权重字节 %2，推理内存 %3，FLOPs %4，加速 %5。</translation>
    </message>
    <message>
        <source>Per-GPU memory of data-parallel training under DDP, ZeRO stages 1–3 or FSDP, with CPU offload and tensor parallelism; activations from MemPlanner's own plan.</source>
        <translation>在 DDP、ZeRO 阶段 1–3 或 FSDP 下进行数据并行训练时每 GPU 的显存，支持 CPU 卸载和张量并行；激活值取自 MemPlanner 自身的规划。</translation>
    </message>
    <message>
        <source>Number of GPUs (N ≥ 1).</source>
        <translation>GPU 数量（N ≥ 1）。</translation>
    </message>
    <message>
        <source>ddp, zero1, zero2, zero3 or fsdp (default ddp).</source>
        <translation>ddp、zero1、zero2、zero3 或 fsdp（默认 ddp）。</translation>
    </message>
    <message>
        <source>fp32, amp-bf16, amp-fp16, bf16-master or fp16-master (default bf16-master: ZeRO's 2 + 2 bytes of weights and gradients, 4 + 8 of optimizer states).</source>
        <translation>fp32、amp-bf16、amp-fp16、bf16-master 或 fp16-master（默认 bf16-master：即 ZeRO 的权重和梯度 2 + 2 字节、优化器状态 4 + 8 字节）。</translation>
    </message>
    <message>
        <source>Optimizer (default: the model's, else adam).</source>
        <translation>优化器（默认：模型自带的，否则为 adam）。</translation>
    </message>
    <message>
        <source>CPU offload: none (default), optimizer, or params (ZeRO-3/FSDP).</source>
        <translation>CPU 卸载：none（默认）、optimizer 或 params（ZeRO-3/FSDP）。</translation>
    </message>
    <message>
        <source>Tensor-parallel degree t (default 1); N must be a multiple of t.</source>
        <translation>张量并行度 t（默认 1）；N 必须是 t 的倍数。</translation>
    </message>
    <message>
        <source>Gradient accumulation steps (default 1).</source>
        <translation>梯度累积步数（默认 1）。</translation>
    </message>
    <message>
        <source>Micro-batch per GPU (default: the model's batch).</source>
        <translation>每 GPU 的微批量（默认：模型的批量）。</translation>
    </message>
    <message>
        <source>Gradient checkpointing of the activation plan: none, sqrt, N or budget=SIZE.</source>
        <translation>激活值规划所用的梯度检查点：none、sqrt、N 或 budget=SIZE。</translation>
    </message>
    <message>
        <source>Gradient bucket / reduce bucket size (default 25MiB).</source>
        <translation>梯度桶 / 归约桶大小（默认 25MiB）。</translation>
    </message>
    <message>
        <source>ZeRO-3/FSDP: parameters of the largest unit gathered at once.</source>
        <translation>ZeRO-3/FSDP：一次聚合的最大单元的参数量。</translation>
    </message>
    <message>
        <source>GPU profile for the capacity and runtime (see the devices verb).</source>
        <translation>提供容量和运行时的 GPU 档案（参见 devices 子命令）。</translation>
    </message>
    <message>
        <source>shard needs --gpus N.</source>
        <translation>shard 需要 --gpus N。</translation>
    </message>
    <message>
        <source>--sharding must be one of %1, not “%2”.</source>
        <translation>--sharding 必须是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--offload needs --sharding zero1, zero2, zero3 or fsdp, not ddp.</source>
        <translation>--offload 需要 --sharding zero1、zero2、zero3 或 fsdp，而不是 ddp。</translation>
    </message>
    <message>
        <source>--offload params needs --sharding zero3 or fsdp.</source>
        <translation>--offload params 需要 --sharding zero3 或 fsdp。</translation>
    </message>
    <message>
        <source>--gpus %1 is not a multiple of --tp %2.</source>
        <translation>--gpus %1 不是 --tp %2 的倍数。</translation>
    </message>
    <message>
        <source>--bucket must be at least 1 byte.</source>
        <translation>--bucket 必须至少为 1 字节。</translation>
    </message>
    <message>
        <source>--unit-params %1 exceeds the model's %2 trainable parameters.</source>
        <translation>--unit-params %1 超过了模型的可训练参数量 %2。</translation>
    </message>
    <message>
        <source>%1 has no trainable parameters to shard.</source>
        <translation>%1 没有可分片的可训练参数。</translation>
    </message>
    <message>
        <source>%1's state is %2 B for %3 parameters; the sharding model counts whole bytes per parameter, so %4 B each (rounded up).</source>
        <translation>%1 的状态为 %2 B，对应 %3 个参数；分片模型按每个参数整字节计算，因此每个参数 %4 B（向上取整）。</translation>
    </message>
    <message>
        <source>The single-GPU plan also holds %1 of inputs and workspace, and the runtime adds %2 (context, allocator); neither is counted above.</source>
        <translation>单 GPU 规划还包含 %1 的输入和工作空间，运行时另加 %2（上下文、分配器）；以上均未计入。</translation>
    </message>
    <message>
        <source>Tensor parallelism splits every parameter %1 ways here; the activations are the single-GPU plan's, not split.</source>
        <translation>此处张量并行将每个参数切分为 %1 份；激活值沿用单 GPU 规划，未切分。</translation>
    </message>
    <message>
        <source>%1 (%2): Ψ = %3 trainable parameters; %4 on %5 GPUs (data parallel %6, tensor parallel %7), %8, %9</source>
        <translation>%1（%2）：Ψ = %3 个可训练参数；%4，共 %5 个 GPU（数据并行 %6，张量并行 %7），%8，%9</translation>
    </message>
    <message>
        <source>Bytes per parameter: weights %1, gradients %2, optimizer states K = %3 (master %4 + state %5); micro-batch %6 × %7 accumulation steps → global batch %8.</source>
        <translation>每参数字节数：权重 %1，梯度 %2，优化器状态 K = %3（主权重 %4 + 状态 %5）；微批量 %6 × %7 个累积步 → 全局批量 %8。</translation>
    </message>
    <message>
        <source>Per GPU</source>
        <translation>每 GPU</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Communication buffers</source>
        <translation>通信缓冲区</translation>
    </message>
    <message>
        <source>Model states (weights + gradients + optimizer states): %1.</source>
        <translation>模型状态（权重 + 梯度 + 优化器状态）：%1。</translation>
    </message>
    <message>
        <source>Host RAM per GPU process (offload): %1.</source>
        <translation>每个 GPU 进程的主机内存（卸载）：%1。</translation>
    </message>
    <message>
        <source>Fits %1 (%2 usable): headroom %3.</source>
        <translation>%1 放得下（可用 %2）：余量 %3。</translation>
    </message>
    <message>
        <source>Per-GPU memory against the number of GPUs</source>
        <translation>每 GPU 显存随 GPU 数量的变化</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>Largest row count that would fit loaded in memory: %1.</source>
        <translation>全部载入内存时可容纳的最大行数：%1。</translation>
    </message>
</context>
<context>
    <name>CheckpointSpec</name>
    <message>
        <source>The checkpoint budget must be positive.</source>
        <translation>检查点预算必须为正数。</translation>
    </message>
    <message>
        <source>Unknown checkpoint mode “%1” (use none, sqrt, a segment count or budget=SIZE).</source>
        <translation>未知的检查点模式“%1”（请使用 none、sqrt、分段数或 budget=SIZE）。</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>--mode must be train or infer, not “%1”.</source>
        <translation>--mode 必须是 train 或 infer，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1, not “%2”.</source>
        <translation>%1 必须是不小于 1 的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 is absurdly large (%2).</source>
        <translation>%1 大得离谱（%2）。</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not “%1”.</source>
        <translation>--format 必须是 text、json 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>Usage: memplanner-cli plan|sweep|fit|devices|ops|ram|dtypes|deploy|shard [options]; memplanner-cli VERB --help for the options.</source>
        <translation>用法：memplanner-cli plan|sweep|fit|devices|ops|ram|dtypes|deploy|shard [选项]；运行 memplanner-cli VERB --help 查看各子命令的选项。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>error: out of memory while planning; the model is too large.</source>
        <translation>错误：规划时内存不足；模型过大。</translation>
    </message>
    <message>
        <source>Plan the memory and compute of one training step or inference.</source>
        <translation>规划一个训练步或一次推理的内存与计算量。</translation>
    </message>
    <message>
        <source>A .memplan file or builtin:NAME.</source>
        <translation>.memplan 文件或 builtin:NAME。</translation>
    </message>
    <message>
        <source>Write a PDF report.</source>
        <translation>生成 PDF 报告。</translation>
    </message>
    <message>
        <source>plan needs exactly one MODEL.</source>
        <translation>plan 需要恰好一个 MODEL。</translation>
    </message>
    <message>
        <source>PDF reports are not available in this version yet.</source>
        <translation>此版本尚不支持 PDF 报告。</translation>
    </message>
    <message>
        <source>Peak memory against batch size or checkpoint segments.</source>
        <translation>峰值内存随批量大小或检查点分段数的变化。</translation>
    </message>
    <message>
        <source>What to vary: batch or checkpoint.</source>
        <translation>要改变的量：batch 或 checkpoint。</translation>
    </message>
    <message>
        <source>Batch sizes, comma-separated (default: powers of two up to 1024).</source>
        <translation>批量大小列表，以逗号分隔（默认：不超过 1024 的 2 的幂）。</translation>
    </message>
    <message>
        <source>sweep needs exactly one MODEL.</source>
        <translation>sweep 需要恰好一个 MODEL。</translation>
    </message>
    <message>
        <source>--over must be batch or checkpoint, not “%1”.</source>
        <translation>--over 必须是 batch 或 checkpoint，而不是“%1”。</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批量 %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分段数</translation>
    </message>
    <message>
        <source>Tensor peak</source>
        <translation>张量峰值</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>设备峰值</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <source>Largest batch and the best configurations that fit, per device.</source>
        <translation>每个设备上放得下的最大批量和最佳配置。</translation>
    </message>
    <message>
        <source>How many configurations to show per device (text).</source>
        <translation>每个设备显示的配置数（文本输出）。</translation>
    </message>
    <message>
        <source>fit needs exactly one MODEL.</source>
        <translation>fit 需要恰好一个 MODEL。</translation>
    </message>
    <message>
        <source>List the device profiles.</source>
        <translation>列出设备档案。</translation>
    </message>
    <message>
        <source>%1  %2: %3 usable, %4 TFLOPS fp32, %5 GB/s</source>
        <translation>%1  %2：可用 %3，%4 TFLOPS fp32，%5 GB/s</translation>
    </message>
    <message>
        <source>List the operations the planner knows.</source>
        <translation>列出规划器支持的算子。</translation>
    </message>
    <message>
        <source>Batch size (the leading dimension of every input).</source>
        <translation>批量大小（每个输入的第一个维度）。</translation>
    </message>
    <message>
        <source>Sequence length for inputs with a sequence dimension.</source>
        <translation>具有序列维度的输入的序列长度。</translation>
    </message>
    <message>
        <source>train or infer.</source>
        <translation>train（训练）或 infer（推理）。</translation>
    </message>
    <message>
        <source>Optimizer: sgd, momentum, nesterov, adagrad, rmsprop, rmsprop-centered, adam, adamw, lamb, lion, adafactor, adam8bit.</source>
        <translation>优化器：sgd、momentum、nesterov、adagrad、rmsprop、rmsprop-centered、adam、adamw、lamb、lion、adafactor、adam8bit。</translation>
    </message>
    <message>
        <source>Precision: fp32, amp-fp16, amp-bf16, fp16, bf16, fp16-master, bf16-master, int8, int4.</source>
        <translation>精度：fp32、amp-fp16、amp-bf16、fp16、bf16、fp16-master、bf16-master、int8、int4。</translation>
    </message>
    <message>
        <source>Gradient checkpointing: none, sqrt, a segment count, or budget=SIZE.</source>
        <translation>梯度检查点：none、sqrt、分段数或 budget=SIZE。</translation>
    </message>
    <message>
        <source>Device ids to check, comma-separated (see the devices verb).</source>
        <translation>要检查的设备 ID，以逗号分隔（参见 devices 子命令）。</translation>
    </message>
    <message>
        <source>Runtime profile: pytorch-cuda, pytorch-cpu, none (default: each device's own).</source>
        <translation>运行时档案：pytorch-cuda、pytorch-cpu、none（默认：各设备自己的档案）。</translation>
    </message>
    <message>
        <source>Gradients persist between steps (zero_grad(set_to_none=False)).</source>
        <translation>梯度在各步之间保留（zero_grad(set_to_none=False)）。</translation>
    </message>
    <message>
        <source>Optimizer implementation: foreach, loop or fused.</source>
        <translation>优化器实现：foreach、loop 或 fused。</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>输出格式：text、json 或 csv。</translation>
    </message>
    <message>
        <source>Language of text output: en, vi, zh_CN.</source>
        <translation>文本输出的语言：en、vi、zh_CN。</translation>
    </message>
    <message>
        <source>A JSON file of your own device profiles (override by id).</source>
        <translation>自定义设备档案的 JSON 文件（按 id 覆盖）。</translation>
    </message>
    <message>
        <source>A JSON file of your own runtime profiles (override by id).</source>
        <translation>自定义运行时档案的 JSON 文件（按 id 覆盖）。</translation>
    </message>
</context>
<context>
    <name>CompressionPlanner</name>
    <message>
        <source>The base precision must be 1 to 64 bits (got %1).</source>
        <translation>基础精度必须为 1 到 64 位（实际为 %1）。</translation>
    </message>
    <message>
        <source>Sparsity must be at least 0 and below 1 (got %1).</source>
        <translation>稀疏度必须不小于 0 且小于 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>Weight sharing needs 2 to 16,777,216 clusters (got %1).</source>
        <translation>权重共享需要 2 到 16,777,216 个簇（实际为 %1）。</translation>
    </message>
    <message>
        <source>Quantisation needs 2 to 16 bits (got %1).</source>
        <translation>量化需要 2 到 16 位（实际为 %1）。</translation>
    </message>
    <message>
        <source>Choose weight sharing or integer quantisation, not both.</source>
        <translation>请在权重共享和整数量化中选择一种，不能同时使用。</translation>
    </message>
    <message>
        <source>Scales are 16 or 32 bits (got %1).</source>
        <translation>缩放因子必须为 16 或 32 位（实际为 %1）。</translation>
    </message>
    <message>
        <source>The quantisation group size must be at least 1 (got %1).</source>
        <translation>量化分组大小必须至少为 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>Tensor "%1" has a negative element count.</source>
        <translation>张量“%1”的元素数为负。</translation>
    </message>
    <message>
        <source>Tensor "%1" has %2 rows for %3 elements.</source>
        <translation>张量“%1”有 %3 个元素，却有 %2 行。</translation>
    </message>
    <message>
        <source>compressed weights</source>
        <translation>压缩后的权重</translation>
    </message>
    <message>
        <source>Device "%1" needs a peak FLOP/s and a bandwidth above 0.</source>
        <translation>设备“%1”需要大于 0 的峰值 FLOP/s 和带宽。</translation>
    </message>
    <message>
        <source>Efficiency must be above 0 and at most 1 (got %1).</source>
        <translation>效率必须大于 0 且不超过 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>FLOPs and bytes moved must not be negative.</source>
        <translation>FLOPs 和数据搬运字节数不能为负。</translation>
    </message>
    <message>
        <source>Activation, workspace and device memory sizes must not be negative.</source>
        <translation>激活值、工作空间和设备内存的大小不能为负。</translation>
    </message>
    <message>
        <source>inference memory</source>
        <translation>推理内存</translation>
    </message>
</context>
<context>
    <name>CsvDtypeAdvisor</name>
    <message>
        <source>Every value is missing: consider dropping the column.</source>
        <translation>所有值均缺失：可考虑删除该列。</translation>
    </message>
    <message>
        <source>Integers from %1 to %2 with missing values: pandas reads float64; the nullable %3 keeps them exact.</source>
        <translation>从 %1 到 %2 的整数含缺失值：pandas 会读成 float64；可空类型 %3 能精确保留。</translation>
    </message>
    <message>
        <source>Integers from %1 to %2 fit %3.</source>
        <translation>从 %1 到 %2 的整数可用 %3 表示。</translation>
    </message>
    <message>
        <source>Every value keeps its written digits in float16 (read as float32, then astype('float16')).</source>
        <translation>所有值在 float16 下都能保留书写的数字（先按 float32 读取，再 astype('float16')）。</translation>
    </message>
    <message>
        <source>Every value keeps its written digits in float32.</source>
        <translation>所有值在 float32 下都能保留书写的数字。</translation>
    </message>
    <message>
        <source>Some values need float64 to keep their written digits.</source>
        <translation>部分值需要 float64 才能保留书写的数字。</translation>
    </message>
    <message>
        <source>Already one byte per value.</source>
        <translation>已经是每个值一个字节。</translation>
    </message>
    <message>
        <source>Booleans with missing values: pandas keeps Python objects; the nullable boolean takes 2 bytes per value.</source>
        <translation>含缺失值的布尔列：pandas 保留为 Python 对象；可空 boolean 类型每个值占 2 字节。</translation>
    </message>
    <message>
        <source>%1 distinct values in %2: a category stores each once plus a %3-byte code per row.</source>
        <translation>%2 个值中有 %1 个不同值：category 类型每个不同值只存一次，外加每行一个 %3 字节的编码。</translation>
    </message>
    <message>
        <source>More than %1 distinct values: kept as Python strings.</source>
        <translation>不同值超过 %1 个：保留为 Python 字符串。</translation>
    </message>
    <message>
        <source>Too many distinct values for a category to save memory.</source>
        <translation>不同值过多，category 类型无法节省内存。</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>The CSV source is not open for reading.</source>
        <translation>CSV 数据源未以读取方式打开。</translation>
    </message>
    <message>
        <source>The read buffer must be between 4 KiB and 1 GiB (got %1 bytes).</source>
        <translation>读取缓冲区必须介于 4 KiB 与 1 GiB 之间（实际为 %1 字节）。</translation>
    </message>
    <message>
        <source>The delimiter cannot be a line break or the quote character.</source>
        <translation>分隔符不能是换行符或引号字符。</translation>
    </message>
    <message>
        <source>CSV analysis options must not be negative.</source>
        <translation>CSV 分析选项不能为负。</translation>
    </message>
    <message>
        <source>Reading the CSV failed: %1</source>
        <translation>读取 CSV 失败：%1</translation>
    </message>
    <message>
        <source>CSV column memory</source>
        <translation>CSV 列内存</translation>
    </message>
    <message>
        <source>The analysis was cancelled after %1 bytes: the figures cover only the rows read so far.</source>
        <translation>分析在读取 %1 字节后被取消：统计数据仅涵盖已读取的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the wrong number of fields were skipped (first at line(s) %1).</source>
        <translation>
            <numerusform>已跳过 %n 行字段数不正确的数据（最早出现在第 %1 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file ends inside a quoted field.</source>
        <translation>文件在带引号的字段内部结束。</translation>
    </message>
    <message>
        <source>No columns were found.</source>
        <translation>未找到任何列。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>float</source>
        <translation>浮点数</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>A device profile has no “id”.</source>
        <translation>某个设备档案缺少“id”。</translation>
    </message>
    <message>
        <source>Device “%1”: kind must be gpu, cpu or unified.</source>
        <translation>设备“%1”：kind 必须是 gpu、cpu 或 unified。</translation>
    </message>
    <message>
        <source>Device “%1”: “%2” must be a positive number.</source>
        <translation>设备“%1”：“%2”必须是正数。</translation>
    </message>
    <message>
        <source>Device “%1”: “count” must be at least 1.</source>
        <translation>设备“%1”：“count”必须至少为 1。</translation>
    </message>
    <message>
        <source>Device “%1”: peak_flops.fp32 must be positive.</source>
        <translation>设备“%1”：peak_flops.fp32 必须为正数。</translation>
    </message>
    <message>
        <source>Device “%1”: efficiency must be in (0, 1].</source>
        <translation>设备“%1”：efficiency 必须在 (0, 1] 范围内。</translation>
    </message>
    <message>
        <source>Unknown device “%1”. Known: %2.</source>
        <translation>未知设备“%1”。已知设备：%2。</translation>
    </message>
</context>
<context>
    <name>HostRamPlanner</name>
    <message>
        <source>%1 must not be negative (got %2).</source>
        <translation>%1 不能为负（实际为 %2）。</translation>
    </message>
    <message>
        <source>Runtime baseline</source>
        <translation>运行时基线</translation>
    </message>
    <message>
        <source>Dataset rows</source>
        <translation>数据集行数</translation>
    </message>
    <message>
        <source>Dataset columns</source>
        <translation>数据集列数</translation>
    </message>
    <message>
        <source>Bytes per value</source>
        <translation>每值字节数</translation>
    </message>
    <message>
        <source>Chunk rows</source>
        <translation>每块行数</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作进程数</translation>
    </message>
    <message>
        <source>Prefetch factor</source>
        <translation>预取因子</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Sample bytes</source>
        <translation>样本字节数</translation>
    </message>
    <message>
        <source>Worker baseline</source>
        <translation>工作进程基线</translation>
    </message>
    <message>
        <source>Pinned buffers</source>
        <translation>锁页缓冲区数</translation>
    </message>
    <message>
        <source>Model host bytes</source>
        <translation>模型主机字节数</translation>
    </message>
    <message>
        <source>Other bytes</source>
        <translation>其他字节数</translation>
    </message>
    <message>
        <source>Host RAM capacity</source>
        <translation>主机内存容量</translation>
    </message>
    <message>
        <source>Data copies must be at least 1 (got %1).</source>
        <translation>数据副本数必须至少为 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>Streamed loading needs a chunk size in rows greater than 0.</source>
        <translation>分块读取需要大于 0 的块大小（行数）。</translation>
    </message>
    <message>
        <source>Streamed loading keeps at least one chunk (got %1).</source>
        <translation>分块读取至少要保留一个块（实际为 %1）。</translation>
    </message>
    <message>
        <source>Unknown runtime "%1"; known runtimes: %2.</source>
        <translation>未知运行时“%1”；已知运行时：%2。</translation>
    </message>
    <message>
        <source>host RAM dataset</source>
        <translation>主机内存中的数据集</translation>
    </message>
    <message>
        <source>The process needs %1 bytes of host RAM but only %2 are available.</source>
        <translation>进程需要 %1 字节主机内存，但只有 %2 字节可用。</translation>
    </message>
    <message>
        <source>The dataset alone takes more than half of host RAM: stream it in chunks or use smaller column types.</source>
        <translation>仅数据集就占用了一半以上的主机内存：请分块读取或使用更小的列类型。</translation>
    </message>
    <message>
        <source>Every data-loader worker holds its own copy of the dataset; keep it in NumPy arrays or shared memory instead of Python lists to avoid the copies.</source>
        <translation>每个数据加载器工作进程都持有一份数据集副本；请将数据放在 NumPy 数组或共享内存中，而不是 Python 列表，以避免这些副本。</translation>
    </message>
    <message>
        <source>host RAM plan</source>
        <translation>主机内存规划</translation>
    </message>
    <message>
        <source>A row sweep needs at least 2 points (got %1).</source>
        <translation>行数扫描至少需要 2 个点（实际为 %1）。</translation>
    </message>
    <message>
        <source>The largest row count must not be negative (got %1).</source>
        <translation>最大行数不能为负（实际为 %1）。</translation>
    </message>
    <message>
        <source>host RAM row sweep</source>
        <translation>主机内存行数扫描</translation>
    </message>
    <message>
        <source>Runtime (interpreter + framework)</source>
        <translation>运行时（解释器 + 框架）</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Data-loader worker processes</source>
        <translation>数据加载器工作进程</translation>
    </message>
    <message>
        <source>Prefetched batches</source>
        <translation>预取的批次</translation>
    </message>
    <message>
        <source>Pinned staging buffers</source>
        <translation>锁页暂存缓冲区</translation>
    </message>
    <message>
        <source>Host copy of the model</source>
        <translation>模型的主机副本</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <source>Sizes overflow 64 bits at %1: the model or batch is absurdly large.</source>
        <translation>计算 %1 时尺寸超出 64 位：模型或批量大得离谱。</translation>
    </message>
</context>
<context>
    <name>OpContext</name>
    <message>
        <source>Node “%1” (%2): %3</source>
        <translation>节点“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>attribute “%1” must be an integer.</source>
        <translation>属性“%1”必须是整数。</translation>
    </message>
    <message>
        <source>attribute “%1” is required.</source>
        <translation>缺少必需的属性“%1”。</translation>
    </message>
    <message>
        <source>attribute “%1” needs %2 values.</source>
        <translation>属性“%1”需要 %2 个值。</translation>
    </message>
    <message>
        <source>attribute “%1” must hold integers.</source>
        <translation>属性“%1”必须包含整数。</translation>
    </message>
    <message>
        <source>attribute “%1” must be a list.</source>
        <translation>属性“%1”必须是列表。</translation>
    </message>
    <message>
        <source>attribute “%1” must be true or false.</source>
        <translation>属性“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>attribute “%1” must be a number.</source>
        <translation>属性“%1”必须是数字。</translation>
    </message>
    <message>
        <source>attribute “%1” must be text.</source>
        <translation>属性“%1”必须是文本。</translation>
    </message>
    <message>
        <source>input %1 has %2 dimensions; expected %3.</source>
        <translation>输入 %1 有 %2 个维度；应为 %3 个。</translation>
    </message>
    <message>
        <source>dimension %1 is out of range for a tensor of %2 dimensions.</source>
        <translation>维度 %1 超出了 %2 维张量的范围。</translation>
    </message>
    <message>
        <source>kernel, stride and dilation must be positive and padding ≥ 0.</source>
        <translation>kernel、stride 和 dilation 必须为正，padding 必须 ≥ 0。</translation>
    </message>
    <message>
        <source>the window (%1) is larger than the padded input (%2).</source>
        <translation>窗口（%1）大于填充后的输入（%2）。</translation>
    </message>
    <message>
        <source>shapes do not broadcast (%1 against %2 at dimension %3).</source>
        <translation>形状无法广播（%1 与 %2 在维度 %3 上不兼容）。</translation>
    </message>
    <message>
        <source>out_channels and groups must be positive.</source>
        <translation>out_channels 和 groups 必须为正。</translation>
    </message>
    <message>
        <source>%1 input and %2 output channels are not divisible by %3 groups.</source>
        <translation>%1 个输入通道和 %2 个输出通道不能被 %3 个分组整除。</translation>
    </message>
    <message>
        <source>the transposed convolution gives an empty output.</source>
        <translation>转置卷积的输出为空。</translation>
    </message>
    <message>
        <source>the input must have at least one dimension.</source>
        <translation>输入必须至少有一个维度。</translation>
    </message>
    <message>
        <source>out_features must be positive.</source>
        <translation>out_features 必须为正。</translation>
    </message>
    <message>
        <source>both operands need at least one dimension.</source>
        <translation>两个操作数都必须至少有一个维度。</translation>
    </message>
    <message>
        <source>inner dimensions differ (%1 and %2).</source>
        <translation>内侧维度不一致（%1 与 %2）。</translation>
    </message>
    <message>
        <source>normalized_shape does not match the input's last dimensions.</source>
        <translation>normalized_shape 与输入的最后几个维度不匹配。</translation>
    </message>
    <message>
        <source>%1 channels are not divisible by %2 groups.</source>
        <translation>%1 个通道不能被 %2 个分组整除。</translation>
    </message>
    <message>
        <source>approximate must be “none” or “tanh”.</source>
        <translation>approximate 必须是“none”或“tanh”。</translation>
    </message>
    <message>
        <source>padding must be at most half the kernel size.</source>
        <translation>padding 不能超过 kernel 大小的一半。</translation>
    </message>
    <message>
        <source>output_size must be positive.</source>
        <translation>output_size 必须为正。</translation>
    </message>
    <message>
        <source>the input needs a batch, a channel and a spatial dimension.</source>
        <translation>输入需要批量维度、通道维度和空间维度。</translation>
    </message>
    <message>
        <source>p must be between 0 and 1.</source>
        <translation>p 必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <source>start_dim comes after end_dim.</source>
        <translation>start_dim 位于 end_dim 之后。</translation>
    </message>
    <message>
        <source>0 in shape copies a dimension the input lacks.</source>
        <translation>shape 中的 0 复制了输入中不存在的维度。</translation>
    </message>
    <message>
        <source>shape may contain only one -1.</source>
        <translation>shape 中只能有一个 -1。</translation>
    </message>
    <message>
        <source>shape entries must be positive, 0 or -1.</source>
        <translation>shape 的元素必须为正数、0 或 -1。</translation>
    </message>
    <message>
        <source>cannot reshape %1 elements into that shape.</source>
        <translation>无法将 %1 个元素重塑为该形状。</translation>
    </message>
    <message>
        <source>cannot reshape %1 elements into %2.</source>
        <translation>无法将 %1 个元素重塑为 %2。</translation>
    </message>
    <message>
        <source>dims must list all %1 dimensions.</source>
        <translation>dims 必须列出全部 %1 个维度。</translation>
    </message>
    <message>
        <source>dims repeats dimension %1.</source>
        <translation>dims 重复了维度 %1。</translation>
    </message>
    <message>
        <source>index %1 is out of range for size %2.</source>
        <translation>索引 %1 超出大小 %2 的范围。</translation>
    </message>
    <message>
        <source>size %1 does not split into %2 equal parts.</source>
        <translation>大小 %1 无法均分为 %2 份。</translation>
    </message>
    <message>
        <source>split sizes must be positive.</source>
        <translation>split 大小必须为正。</translation>
    </message>
    <message>
        <source>split sizes add up to %1, not %2.</source>
        <translation>split 大小之和为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>an in-place result must keep the first input's shape.</source>
        <translation>原地（in-place）运算的结果必须保持第一个输入的形状。</translation>
    </message>
    <message>
        <source>Mul takes exactly two inputs.</source>
        <translation>Mul 只接受两个输入。</translation>
    </message>
    <message>
        <source>all inputs need %1 dimensions.</source>
        <translation>所有输入都必须有 %1 个维度。</translation>
    </message>
    <message>
        <source>inputs differ in dimension %1.</source>
        <translation>各输入在维度 %1 上不一致。</translation>
    </message>
    <message>
        <source>the input must hold integer indices.</source>
        <translation>输入必须是整数索引。</translation>
    </message>
    <message>
        <source>num_embeddings and embedding_dim must be positive.</source>
        <translation>num_embeddings 和 embedding_dim 必须为正。</translation>
    </message>
    <message>
        <source>embed_dim must be a positive multiple of num_heads.</source>
        <translation>embed_dim 必须是 num_heads 的正整数倍。</translation>
    </message>
    <message>
        <source>the inputs' last dimension must equal embed_dim (%1).</source>
        <translation>输入的最后一个维度必须等于 embed_dim（%1）。</translation>
    </message>
    <message>
        <source>path must be “auto”, “math” or “fused”.</source>
        <translation>path 必须是“auto”、“math”或“fused”。</translation>
    </message>
    <message>
        <source>hidden_size and num_layers must be positive.</source>
        <translation>hidden_size 和 num_layers 必须为正。</translation>
    </message>
    <message>
        <source>the target must hold integer class indices.</source>
        <translation>target 必须是整数类别索引。</translation>
    </message>
    <message>
        <source>logits must be the target's shape plus a class dimension.</source>
        <translation>logits 的形状必须是 target 的形状再加一个类别维度。</translation>
    </message>
    <message>
        <source>input and target shapes differ.</source>
        <translation>input 与 target 的形状不同。</translation>
    </message>
</context>
<context>
    <name>OptimizerSpec</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>SGD with Nesterov momentum</source>
        <translation>带 Nesterov 动量的 SGD</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>RMSprop (centered)</source>
        <translation>RMSprop（中心化）</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>LAMB</source>
        <translation>LAMB</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Lion</translation>
    </message>
    <message>
        <source>Adafactor</source>
        <translation>Adafactor</translation>
    </message>
    <message>
        <source>8-bit Adam</source>
        <translation>8 位 Adam</translation>
    </message>
    <message>
        <source>Unknown optimizer “%1”. Known: %2.</source>
        <translation>未知优化器“%1”。已知优化器：%2。</translation>
    </message>
</context>
<context>
    <name>PlanConfig</name>
    <message>
        <source>“%1” is not a size (try 6GiB, 500MB or 1048576).</source>
        <translation>“%1”不是有效的大小（可以试试 6GiB、500MB 或 1048576）。</translation>
    </message>
    <message>
        <source>The size “%1” is too large.</source>
        <translation>大小“%1”过大。</translation>
    </message>
    <message>
        <source>Unknown optimizer implementation “%1” (use foreach, loop or fused).</source>
        <translation>未知的优化器实现“%1”（请使用 foreach、loop 或 fused）。</translation>
    </message>
    <message>
        <source>config.mode must be “train” or “infer”, not “%1”.</source>
        <translation>config.mode 必须是“train”或“infer”，而不是“%1”。</translation>
    </message>
    <message>
        <source>config.%1 must be a positive whole number.</source>
        <translation>config.%1 必须是正整数。</translation>
    </message>
</context>
<context>
    <name>PlanSerializer</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>optimizer step</source>
        <translation>优化器更新</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Input batch</source>
        <translation>输入批次</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 TFLOP</source>
        <translation>%1 TFLOP</translation>
    </message>
    <message>
        <source>%1 GFLOP</source>
        <translation>%1 GFLOP</translation>
    </message>
    <message>
        <source>%1 MFLOP</source>
        <translation>%1 MFLOP</translation>
    </message>
    <message>
        <source>%1 FLOP</source>
        <translation>%1 FLOP</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>%1 — %2, batch %3</source>
        <translation>%1 — %2，批量 %3</translation>
    </message>
    <message>
        <source>Parameters: %1 (%2 trainable), %3 nodes</source>
        <translation>参数：%1（可训练 %2），%3 个节点</translation>
    </message>
    <message>
        <source>Configuration: optimizer %1, precision %2, checkpointing %3, runtime %4</source>
        <translation>配置：优化器 %1，精度 %2，梯度检查点（%3），运行时 %4</translation>
    </message>
    <message>
        <source>Peak memory (%1%2):</source>
        <translation>峰值内存（%1%2）：</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>，位于 %1</translation>
    </message>
    <message>
        <source>Tensor peak</source>
        <translation>张量峰值</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>设备峰值</translation>
    </message>
    <message>
        <source>Compute per step: forward %1, backward %2, recompute %3, total %4</source>
        <translation>每步计算量：前向 %1，反向 %2，重计算 %3，总计 %4</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>fits, %1 free</source>
        <translation>放得下，剩余 %1</translation>
    </message>
    <message>
        <source>does not fit, %1 short</source>
        <translation>放不下，缺少 %1</translation>
    </message>
    <message>
        <source>any batch</source>
        <translation>任意批量</translation>
    </message>
    <message>
        <source>not even batch 1</source>
        <translation>连批量 1 都放不下</translation>
    </message>
    <message>
        <source>largest batch %1</source>
        <translation>最大批量 %1</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 — %4; %5; step ≈ %6 s</source>
        <translation>  %1：%2 / %3 — %4；%5；每步 ≈ %6 s</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>  Nothing fits; the closest configuration misses by %1.</source>
        <translation>  没有放得下的配置；最接近的配置还差 %1。</translation>
    </message>
    <message>
        <source>no checkpointing</source>
        <translation>无检查点</translation>
    </message>
    <message>
        <source>checkpointing %1</source>
        <translation>检查点 %1</translation>
    </message>
    <message>
        <source>  %1. %2, %3, %4: micro-batch %5 × %6 steps, peak %7, ≈ %8 samples/s</source>
        <translation>  %1. %2，%3，%4：微批量 %5 × %6 步，峰值 %7，≈ %8 样本/s</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The precision “%1” is for inference only; choose --mode infer or another precision.</source>
        <translation>精度“%1”仅用于推理；请选择 --mode infer 或其他精度。</translation>
    </message>
    <message>
        <source>The graph has no point where a single tensor crosses; it cannot be checkpointed in segments.</source>
        <translation>计算图中没有只有单个张量通过的切点；无法分段设置检查点。</translation>
    </message>
    <message>
        <source>Only %1 segments are possible (the graph has %2 cut points).</source>
        <translation>最多只能分 %1 段（计算图有 %2 个切点）。</translation>
    </message>
    <message>
        <source>No checkpointing meets the budget; the plan uses the lowest peak found.</source>
        <translation>没有任何检查点方案能满足预算；规划采用找到的最低峰值。</translation>
    </message>
    <message>
        <source>the training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>%1 has no native %2 math; timed at its float32 rate.</source>
        <translation>%1 不原生支持 %2 运算；按其 float32 速率计时。</translation>
    </message>
    <message>
        <source>%1 is meant for inference; training there is impractical.</source>
        <translation>%1 面向推理；在其上训练并不现实。</translation>
    </message>
    <message>
        <source>The graph has no loss node: backward is assumed to start from its outputs with gradients of their size.</source>
        <translation>计算图中没有损失节点：假定反向传播从其输出开始，梯度大小与输出相同。</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批量 %1</translation>
    </message>
</context>
<context>
    <name>PrecisionPolicy</name>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>mixed precision (float16 autocast)</source>
        <translation>混合精度（float16 autocast）</translation>
    </message>
    <message>
        <source>mixed precision (bfloat16 autocast)</source>
        <translation>混合精度（bfloat16 autocast）</translation>
    </message>
    <message>
        <source>pure float16</source>
        <translation>纯 float16</translation>
    </message>
    <message>
        <source>pure bfloat16</source>
        <translation>纯 bfloat16</translation>
    </message>
    <message>
        <source>float16 with float32 master weights</source>
        <translation>float16（float32 主权重）</translation>
    </message>
    <message>
        <source>bfloat16 with float32 master weights</source>
        <translation>bfloat16（float32 主权重）</translation>
    </message>
    <message>
        <source>int8 weights (inference)</source>
        <translation>int8 权重（推理）</translation>
    </message>
    <message>
        <source>int4 weights (inference)</source>
        <translation>int4 权重（推理）</translation>
    </message>
    <message>
        <source>Unknown precision “%1”. Known: %2.</source>
        <translation>未知精度“%1”。已知精度：%2。</translation>
    </message>
</context>
<context>
    <name>ProfileCatalogue</name>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>%1 has no “%2” list.</source>
        <translation>%1 缺少“%2”列表。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: “%2” must be a non-empty text.</source>
        <translation>%1：“%2”必须是非空文本。</translation>
    </message>
    <message>
        <source>%1: every graph input must be an object.</source>
        <translation>%1：每个计算图输入都必须是对象。</translation>
    </message>
    <message>
        <source>%1, input “%2”</source>
        <translation>%1，输入“%2”</translation>
    </message>
    <message>
        <source>%1: “shape” must be a list.</source>
        <translation>%1：“shape”必须是列表。</translation>
    </message>
    <message>
        <source>%1: shape entries must be positive integers, “batch” or “seq”.</source>
        <translation>%1：shape 的元素必须是正整数、“batch”或“seq”。</translation>
    </message>
    <message>
        <source>%1: unknown dtype “%2”.</source>
        <translation>%1：未知的 dtype“%2”。</translation>
    </message>
    <message>
        <source>%1: every node must be an object.</source>
        <translation>%1：每个节点都必须是对象。</translation>
    </message>
    <message>
        <source>%1, node “%2”</source>
        <translation>%1，节点“%2”</translation>
    </message>
    <message>
        <source>%1: “inputs” must be a list of tensor names.</source>
        <translation>%1：“inputs”必须是张量名称的列表。</translation>
    </message>
    <message>
        <source>%1: “attrs” must be an object.</source>
        <translation>%1：“attrs”必须是对象。</translation>
    </message>
    <message>
        <source>There is no built-in network “%1”. Built-in: %2.</source>
        <translation>没有名为“%1”的内置网络。内置网络：%2。</translation>
    </message>
    <message>
        <source>%1: ONNX import is not available in this version yet.</source>
        <translation>%1：此版本尚不支持导入 ONNX。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; it is not a project file.</source>
        <translation>%1 大于 512 MB；它不是项目文件。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 不是有效的 JSON（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>%1 is not a MemPlanner project.</source>
        <translation>%1 不是 MemPlanner 项目。</translation>
    </message>
    <message>
        <source>%1 looks like a Keras model; Keras import is not available in this version yet.</source>
        <translation>%1 看起来是 Keras 模型；此版本尚不支持导入 Keras。</translation>
    </message>
    <message>
        <source>%1 is not a MemPlanner project (no “format”: “memplanner.project”).</source>
        <translation>%1 不是 MemPlanner 项目（缺少 “format”: “memplanner.project”）。</translation>
    </message>
    <message>
        <source>%1 has format version %2; this MemPlanner reads versions 1 to %3.</source>
        <translation>%1 的格式版本为 %2；此版本的 MemPlanner 可读取版本 1 到 %3。</translation>
    </message>
    <message>
        <source>%1: “graph” needs “inputs” and “nodes” lists.</source>
        <translation>%1：“graph”需要“inputs”和“nodes”列表。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. The previous file is unchanged.</source>
        <translation>保存 %1 失败：%2。原文件未被更改。</translation>
    </message>
</context>
<context>
    <name>RuntimeProfile</name>
    <message>
        <source>A runtime profile has no “id”.</source>
        <translation>某个运行时档案缺少“id”。</translation>
    </message>
    <message>
        <source>Runtime “%1”: “%2” must be a byte count.</source>
        <translation>运行时“%1”：“%2”必须是字节数。</translation>
    </message>
    <message>
        <source>Runtime “%1”: fragmentation must be between 0 and 10.</source>
        <translation>运行时“%1”：碎片系数（fragmentation）必须介于 0 和 10 之间。</translation>
    </message>
    <message>
        <source>Unknown runtime “%1”. Known: %2.</source>
        <translation>未知运行时“%1”。已知运行时：%2。</translation>
    </message>
</context>
<context>
    <name>ShardingPlanner</name>
    <message>
        <source>%1 must not be negative (got %2).</source>
        <translation>%1 不能为负（实际为 %2）。</translation>
    </message>
    <message>
        <source>%1 must be at least 1 (got %2).</source>
        <translation>%1 必须至少为 1（实际为 %2）。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Weight bytes</source>
        <translation>权重字节数</translation>
    </message>
    <message>
        <source>Gradient bytes</source>
        <translation>梯度字节数</translation>
    </message>
    <message>
        <source>Master weight bytes</source>
        <translation>主权重字节数</translation>
    </message>
    <message>
        <source>Optimizer state bytes</source>
        <translation>优化器状态字节数</translation>
    </message>
    <message>
        <source>The number of GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>The tensor-parallel degree</source>
        <translation>张量并行度</translation>
    </message>
    <message>
        <source>The micro-batch</source>
        <translation>微批量</translation>
    </message>
    <message>
        <source>Gradient accumulation steps</source>
        <translation>梯度累积步数</translation>
    </message>
    <message>
        <source>The bucket size</source>
        <translation>桶大小</translation>
    </message>
    <message>
        <source>Units in flight</source>
        <translation>同时在途的单元数</translation>
    </message>
    <message>
        <source>Largest unit parameters</source>
        <translation>最大单元的参数量</translation>
    </message>
    <message>
        <source>Activation bytes</source>
        <translation>激活值字节数</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <source>Transformer layers</source>
        <translation>Transformer 层数</translation>
    </message>
    <message>
        <source>Block parameters (%1) must lie between 0 and the parameter count (%2), or be −1 for all.</source>
        <translation>块参数量（%1）必须介于 0 与参数总量（%2）之间，或取 −1 表示全部。</translation>
    </message>
    <message>
        <source>%1 GPUs cannot be split into tensor-parallel groups of %2.</source>
        <translation>%1 个 GPU 无法划分为每组 %2 个的张量并行组。</translation>
    </message>
    <message>
        <source>The largest unit (%1 parameters) is larger than the model (%2).</source>
        <translation>最大单元（%1 个参数）比整个模型（%2）还大。</translation>
    </message>
    <message>
        <source>Parameter offload needs ZeRO stage 3 or FSDP.</source>
        <translation>参数卸载需要 ZeRO 阶段 3 或 FSDP。</translation>
    </message>
    <message>
        <source>CPU offload needs a ZeRO stage or FSDP, not DDP.</source>
        <translation>CPU 卸载需要 ZeRO 的某个阶段或 FSDP，而不是 DDP。</translation>
    </message>
    <message>
        <source>per-GPU model states</source>
        <translation>每 GPU 模型状态</translation>
    </message>
    <message>
        <source>per-GPU memory</source>
        <translation>每 GPU 显存</translation>
    </message>
    <message>
        <source>Transformer layers, sequence, hidden size, heads, micro-batch and tensor-parallel degree must all be at least 1.</source>
        <translation>Transformer 层数、序列长度、隐藏层大小、注意力头数、微批量和张量并行度都必须至少为 1。</translation>
    </message>
    <message>
        <source>transformer activations</source>
        <translation>Transformer 激活值</translation>
    </message>
    <message>
        <source>Offload keeps %1 bytes per GPU process in host RAM.</source>
        <translation>卸载会在主机内存中为每个 GPU 进程保留 %1 字节。</translation>
    </message>
    <message>
        <source>DDP gradients are views into its %1 buckets: no extra copy.</source>
        <translation>DDP 的梯度是其 %1 个桶的视图：没有额外副本。</translation>
    </message>
    <message>
        <source>DDP keeps a flat copy of all gradients in %1 buckets of at most %2 bytes; gradient_as_bucket_view=True removes it.</source>
        <translation>DDP 在 %1 个桶（每个最多 %2 字节）中保存所有梯度的扁平副本；设置 gradient_as_bucket_view=True 可去掉该副本。</translation>
    </message>
    <message>
        <source>One reduce bucket of %1 bytes is counted as communication buffer.</source>
        <translation>一个 %1 字节的归约桶计为通信缓冲区。</translation>
    </message>
    <message>
        <source>No FSDP unit size given: assuming no auto-wrap policy, so the whole model is gathered at once.</source>
        <translation>未给出 FSDP 单元大小：假定没有自动包装（auto-wrap）策略，因此整个模型会一次性聚合。</translation>
    </message>
    <message>
        <source>Gradient accumulation over %1 micro-batches raises the global batch to %2 without raising per-GPU memory.</source>
        <translation>在 %1 个微批量上进行梯度累积，可将全局批量提高到 %2，而不增加每 GPU 显存。</translation>
    </message>
    <message>
        <source>Each GPU needs %1 bytes but has %2.</source>
        <translation>每个 GPU 需要 %1 字节，但只有 %2 字节。</translation>
    </message>
    <message>
        <source>multi-GPU plan</source>
        <translation>多 GPU 规划</translation>
    </message>
    <message>
        <source>Data parallel (DDP)</source>
        <translation>数据并行（DDP）</translation>
    </message>
    <message>
        <source>ZeRO stage 1</source>
        <translation>ZeRO 阶段 1</translation>
    </message>
    <message>
        <source>ZeRO stage 2</source>
        <translation>ZeRO 阶段 2</translation>
    </message>
    <message>
        <source>ZeRO stage 3</source>
        <translation>ZeRO 阶段 3</translation>
    </message>
    <message>
        <source>FSDP (full shard)</source>
        <translation>FSDP（完全分片）</translation>
    </message>
</context>
</TS>