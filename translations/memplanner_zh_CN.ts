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
    <name>AutosaveStore</name>
    <message>
        <source>Cannot write the recovery file “%1”: %2</source>
        <translation>无法写入恢复文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>BatchSweep</name>
    <message>
        <source>no checkpointing</source>
        <translation>无检查点</translation>
    </message>
    <message>
        <source>√n segments</source>
        <translation>√n 段</translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpointing for a budget</source>
        <translation>按预算设置检查点</translation>
    </message>
    <message>
        <source>%1 · inference</source>
        <translation>%1 · 推理</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
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
    <name>ByteFormat</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Calibration needs at least two measurements (got %1).</source>
        <translation>校准至少需要两次测量（实际为 %1）。</translation>
    </message>
    <message>
        <source>Measurement “%1” has no positive sizes.</source>
        <translation>测量“%1”中有非正的大小值。</translation>
    </message>
    <message>
        <source>The measurements do not vary the batch independently of the peak; only a fixed overhead and a fragmentation factor were fitted.</source>
        <translation>这些测量中批量的变化与张量峰值不独立；只拟合了固定开销和碎片化系数。</translation>
    </message>
    <message>
        <source>The measurements are all alike; measure at least two different sizes.</source>
        <translation>所有测量都相同；请至少测量两种不同的大小。</translation>
    </message>
    <message>
        <source>The fitted fragmentation is negative (%1): the plans overestimate these steps, or the measurements are noisy.</source>
        <translation>拟合得到的碎片化系数为负（%1）：规划高估了这些训练步的内存，或者测量存在噪声。</translation>
    </message>
    <message numerus="yes">
        <source>%1, calibrated on %n measurement(s)</source>
        <translation>
            <numerusform>%1，基于 %n 次测量校准</numerusform>
        </translation>
    </message>
    <message>
        <source>Least-squares fit of %1 measurements; RMS residual %2 bytes.</source>
        <translation>基于 %1 次测量的最小二乘拟合；RMS 残差 %2 字节。</translation>
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
        <source>Batch sizes, comma-separated (default: powers of two up to 1024).</source>
        <translation>批量大小列表，以逗号分隔（默认：不超过 1024 的 2 的幂）。</translation>
    </message>
    <message>
        <source>sweep needs exactly one MODEL.</source>
        <translation>sweep 需要恰好一个 MODEL。</translation>
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
    <message>
        <source>A runtime profile written by the calibrate verb; plans use it.</source>
        <translation>由 calibrate 子命令写出的运行时档案；规划时使用它。</translation>
    </message>
    <message>
        <source>%1 holds no runtime profile.</source>
        <translation>%1 中没有运行时档案。</translation>
    </message>
    <message>
        <source>Usage: memplanner-cli plan|sweep|fit|calibrate|devices|ops|ram|dtypes|deploy|shard [options]; memplanner-cli VERB --help for the options.</source>
        <translation>用法：memplanner-cli plan|sweep|fit|calibrate|devices|ops|ram|dtypes|deploy|shard [选项]；运行 memplanner-cli VERB --help 查看各子命令的选项。</translation>
    </message>
    <message>
        <source>Fit a runtime's overhead to your own measurements (tools/measure/measure_pytorch.py records) and save it as a runtime profile.</source>
        <translation>根据你自己的测量（tools/measure/measure_pytorch.py 的记录）拟合运行时开销，并保存为运行时档案。</translation>
    </message>
    <message>
        <source>A JSON-lines file of measurement records.</source>
        <translation>包含测量记录的 JSON-lines 文件。</translation>
    </message>
    <message>
        <source>The model every record measured (default: the built-in network each record names).</source>
        <translation>所有记录测量的模型（默认：各记录所指明的内置网络）。</translation>
    </message>
    <message>
        <source>Id of the calibrated profile (default: RUNTIME-calibrated).</source>
        <translation>校准后档案的 id（默认：RUNTIME-calibrated）。</translation>
    </message>
    <message>
        <source>Write the calibrated runtime profile to this file.</source>
        <translation>将校准后的运行时档案写入此文件。</translation>
    </message>
    <message>
        <source>calibrate needs exactly one RECORDS file.</source>
        <translation>calibrate 需要且只需要一个 RECORDS 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1, line %2: no built-in network for “%3”; pass --model.</source>
        <translation>%1，第 %2 行：没有名为“%3”的内置网络；请指定 --model。</translation>
    </message>
    <message>
        <source>%1, line %2: the record has no device_used_bytes.</source>
        <translation>%1，第 %2 行：该记录缺少 device_used_bytes。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Calibrated “%1” on %2 measurements: overhead = %3 + %4 per sample + %5 × tensor peak</source>
        <translation>已基于 %2 次测量校准“%1”：运行时开销 = %3 + 每样本 %4 + %5 × 张量峰值</translation>
    </message>
    <message>
        <source>measured %1, residual %2</source>
        <translation>实测 %1，残差 %2</translation>
    </message>
    <message>
        <source>RMS residual %1</source>
        <translation>RMS 残差 %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Saved to %1; plan with --calibration %1.</source>
        <translation>已保存到 %1；规划时请使用 --calibration %1。</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>√n</source>
        <translation>√n</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <source>What to vary: batch, checkpoint, or variants (the batch chart's configurations: batch × precision, checkpointing and optimizer).</source>
        <translation>要变化的量：batch、checkpoint 或 variants（批量图表中的配置：批量 × 精度、梯度检查点和优化器）。</translation>
    </message>
    <message>
        <source>--over must be batch, checkpoint or variants, not “%1”.</source>
        <translation>--over 必须是 batch、checkpoint 或 variants，而不是“%1”。</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>%1 on %2: largest batch %3</source>
        <translation>%1：%2 上的最大批量为 %3</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Also try freezing the first layers (fine-tuning), as the assistant's check box does.</source>
        <translation>同时尝试冻结前面的层（微调），与助手中的复选框作用相同。</translation>
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
    <name>GraphEditing</name>
    <message>
        <source>“%1” is not a layer that takes inputs.</source>
        <translation>“%1”不是接受输入的层。</translation>
    </message>
    <message>
        <source>There is no tensor called “%1”.</source>
        <translation>没有名为“%1”的张量。</translation>
    </message>
    <message>
        <source>A layer cannot feed itself.</source>
        <translation>层不能以自身的输出作为输入。</translation>
    </message>
    <message>
        <source>“%1” already feeds “%2”.</source>
        <translation>“%1”已经是“%2”的输入。</translation>
    </message>
    <message>
        <source>Connecting “%1” to “%2” would make a cycle.</source>
        <translation>将“%1”连接到“%2”会形成环。</translation>
    </message>
    <message>
        <source>“%1” (%2) takes no inputs.</source>
        <translation>“%1”（%2）不接受输入。</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>A name cannot contain “:” (it separates a layer from its output number).</source>
        <translation>名称不能包含“:”（它用于分隔层名与输出编号）。</translation>
    </message>
    <message>
        <source>The name “%1” is already used.</source>
        <translation>名称“%1”已被使用。</translation>
    </message>
</context>
<context>
    <name>GroupItem</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 个层</numerusform>
        </translation>
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
    <name>KerasImporter</name>
    <message>
        <source>%1, layer “%2” (%3): %4</source>
        <translation>%1，层“%2”（%3）：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” must be an integer.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <source>“%1” is %2; it must be at least %3.</source>
        <translation>“%1”为 %2；必须至少为 %3。</translation>
    </message>
    <message>
        <source>“%1” is %2; MemPlanner accepts sizes below %3.</source>
        <translation>“%1”为 %2；MemPlanner 只接受小于 %3 的尺寸。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be an integer or a list of %2 integers.</source>
        <translation>“%1”必须是整数或包含 %2 个整数的列表。</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>“%1” is “%2”; MemPlanner understands %3.</source>
        <translation>“%1”为“%2”；MemPlanner 只支持 %3。</translation>
    </message>
    <message>
        <source>axis %1 is out of range for an input of %2 dimensions (with the batch).</source>
        <translation>轴 %1 超出了 %2 维输入（含批量维度）的范围。</translation>
    </message>
    <message>
        <source>the input's %1 is not fixed (it depends on the sequence length); the layer needs a fixed size.</source>
        <translation>输入的 %1 不固定（取决于序列长度）；该层需要固定的大小。</translation>
    </message>
    <message>
        <source>the input has %1 dimensions (with the batch); the layer needs %2.</source>
        <translation>输入有 %1 个维度（含批量维度）；该层需要 %2 个。</translation>
    </message>
    <message>
        <source>%1, input “%2”</source>
        <translation>%1，输入“%2”</translation>
    </message>
    <message>
        <source>%1: the input shape must be a list such as [null, 28, 28, 1].</source>
        <translation>%1：输入形状必须是列表，例如 [null, 28, 28, 1]。</translation>
    </message>
    <message>
        <source>Input “%1” has a fixed batch size of %2; the plan's batch size replaces it.</source>
        <translation>输入“%1”的批量大小固定为 %2；将以规划的批量大小代替。</translation>
    </message>
    <message>
        <source>%1: dimension %2 is None; only the batch and the first dimension after it (time) may be None.</source>
        <translation>%1：维度 %2 为 None；只有批量维度及其后的第一个维度（时间）可以为 None。</translation>
    </message>
    <message>
        <source>Input “%1” is float64; MemPlanner plans it as float32.</source>
        <translation>输入“%1”为 float64；MemPlanner 按 float32 规划。</translation>
    </message>
    <message>
        <source>%1: the dtype “%2” is not supported.</source>
        <translation>%1：不支持 dtype “%2”。</translation>
    </message>
    <message>
        <source>Layer “%1”: Keras pads “same” asymmetrically for an even kernel; MemPlanner pads symmetrically, so its output is one element longer there than Keras'.</source>
        <translation>层“%1”：kernel 大小为偶数时，Keras 的“same”填充是非对称的；MemPlanner 采用对称填充，因此该维度上的输出比 Keras 多一个元素。</translation>
    </message>
    <message>
        <source>Layer “%1”: Keras pads “same” asymmetrically here (the extra row or column after); MemPlanner pads one more on both sides, as PyTorch would, for the same output size.</source>
        <translation>层“%1”：此处 Keras 的“same”填充是非对称的（多出的一行或一列在后侧）；MemPlanner 像 PyTorch 一样在两侧各多填充一个，以得到相同的输出大小。</translation>
    </message>
    <message>
        <source>Layer “%1”: the activation “%2” is planned as SiLU, which keeps the same tensors for backward.</source>
        <translation>层“%1”：激活函数“%2”按 SiLU 规划，二者为反向传播保存的张量相同。</translation>
    </message>
    <message>
        <source>the activation “%1” is not supported.</source>
        <translation>不支持激活函数“%1”。</translation>
    </message>
    <message>
        <source>“activation” must be text.</source>
        <translation>“activation”必须是文本。</translation>
    </message>
    <message>
        <source>the input needs a feature dimension.</source>
        <translation>输入需要一个特征维度。</translation>
    </message>
    <message>
        <source>last dimension</source>
        <translation>最后一个维度</translation>
    </message>
    <message>
        <source>channel count</source>
        <translation>通道数</translation>
    </message>
    <message>
        <source>%1 input channels and %2 filters do not divide into %3 groups.</source>
        <translation>%1 个输入通道和 %2 个滤波器无法均分为 %3 组。</translation>
    </message>
    <message>
        <source>the window (%1) is larger than the input (%2).</source>
        <translation>窗口（%1）大于输入（%2）。</translation>
    </message>
    <message>
        <source>Layer “%1”: Keras pads causally (%2 before the sequence); MemPlanner pads %3 on both sides, for the same output length.</source>
        <translation>层“%1”：Keras 采用因果填充（在序列前填充 %2 个）；MemPlanner 在两侧各填充 %3 个，以得到相同的输出长度。</translation>
    </message>
    <message>
        <source>only two-dimensional transposed convolutions are supported.</source>
        <translation>仅支持二维转置卷积。</translation>
    </message>
    <message>
        <source>normalising over several axes is not supported.</source>
        <translation>不支持在多个轴上归一化。</translation>
    </message>
    <message>
        <source>only the last axis or axis 1 can be normalised.</source>
        <translation>只能在最后一个轴或轴 1 上归一化。</translation>
    </message>
    <message>
        <source>Layer “%1”: MemPlanner's BatchNorm has both a scale and a shift; the missing one adds %2 parameters that Keras does not have.</source>
        <translation>层“%1”：MemPlanner 的 BatchNorm 同时具有缩放（scale）和平移（shift）参数；缺少的那一项会多出 %2 个 Keras 中没有的参数。</translation>
    </message>
    <message>
        <source>only the last axes can be normalised.</source>
        <translation>只能在最后几个轴上归一化。</translation>
    </message>
    <message>
        <source>normalised size</source>
        <translation>归一化大小</translation>
    </message>
    <message>
        <source>Layer “%1”: MemPlanner's LayerNorm cannot shift without scaling; it counts a scale that Keras does not have.</source>
        <translation>层“%1”：MemPlanner 的 LayerNorm 不能只平移而不缩放；它会多计一个 Keras 中没有的缩放参数。</translation>
    </message>
    <message>
        <source>Input “%1” is %2 in Keras but feeds an Embedding; it is planned as int64 indices.</source>
        <translation>输入“%1”在 Keras 中为 %2，但被送入 Embedding 层；按 int64 索引规划。</translation>
    </message>
    <message>
        <source>feature size</source>
        <translation>特征大小</translation>
    </message>
    <message>
        <source>Layer “%1”: the dropout inside the recurrent cell is not planned.</source>
        <translation>层“%1”：循环单元内部的 dropout 未计入规划。</translation>
    </message>
    <message>
        <source>only an LSTM or a GRU can be wrapped, not “%1”.</source>
        <translation>只能包装 LSTM 或 GRU，不能包装“%1”。</translation>
    </message>
    <message>
        <source>the backward layer must be the forward layer's class and size.</source>
        <translation>反向层必须与前向层的类型和大小相同。</translation>
    </message>
    <message>
        <source>merge_mode None (two separate outputs) is not supported.</source>
        <translation>不支持 merge_mode None（两个独立的输出）。</translation>
    </message>
    <message>
        <source>the layer needs a query and a value.</source>
        <translation>该层需要 query 和 value。</translation>
    </message>
    <message>
        <source>query width</source>
        <translation>query 宽度</translation>
    </message>
    <message>
        <source>MemPlanner's attention needs query, key and value of one width (the query has %1, the key %2, the value %3).</source>
        <translation>MemPlanner 的注意力要求 query、key 和 value 的宽度相同（query 为 %1，key 为 %2，value 为 %3）。</translation>
    </message>
    <message>
        <source>an output_shape other than the query's width is not supported.</source>
        <translation>不支持与 query 宽度不同的 output_shape。</translation>
    </message>
    <message>
        <source>attention over axes other than the sequence is not supported.</source>
        <translation>不支持在序列以外的轴上计算注意力。</translation>
    </message>
    <message>
        <source>the layer needs at least two inputs.</source>
        <translation>该层至少需要两个输入。</translation>
    </message>
    <message>
        <source>the layer needs inputs.</source>
        <translation>该层需要输入。</translation>
    </message>
    <message>
        <source>all inputs need %1 dimensions.</source>
        <translation>所有输入都必须有 %1 个维度。</translation>
    </message>
    <message>
        <source>“target_shape” must be a list of sizes.</source>
        <translation>“target_shape”必须是尺寸列表。</translation>
    </message>
    <message>
        <source>%1 elements per sample do not reshape into the target shape.</source>
        <translation>每个样本的 %1 个元素无法重塑为目标形状。</translation>
    </message>
    <message>
        <source>“dims” must list the %1 dimensions after the batch.</source>
        <translation>“dims”必须列出批量维度之后的 %1 个维度。</translation>
    </message>
    <message>
        <source>“dims” must be a permutation of 1 … %1.</source>
        <translation>“dims”必须是 1 … %1 的一个排列。</translation>
    </message>
    <message>
        <source>The model uses the Keras dtype policy “%1”; choose the matching mixed precision in the plan's configuration.</source>
        <translation>该模型使用 Keras dtype 策略“%1”；请在规划配置中选择对应的混合精度。</translation>
    </message>
    <message>
        <source>the layer has no input.</source>
        <translation>该层没有输入。</translation>
    </message>
    <message>
        <source>the layer takes one input, not %1.</source>
        <translation>该层只接受一个输入，而不是 %1 个。</translation>
    </message>
    <message>
        <source>Layer “%1”: a ReLU capped at %2 is planned as ReLU6 (the same memory).</source>
        <translation>层“%1”：上限为 %2 的 ReLU 按 ReLU6 规划（内存相同）。</translation>
    </message>
    <message>
        <source>“rate” must be between 0 and 1.</source>
        <translation>“rate”必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <source>this layer class is not supported.</source>
        <translation>不支持此层类型。</translation>
    </message>
    <message>
        <source>entry %1 of “layers” is not an object.</source>
        <translation>“layers”的第 %1 项不是对象。</translation>
    </message>
    <message>
        <source>entry %1 of “layers” has no “class_name”.</source>
        <translation>“layers”的第 %1 项缺少“class_name”。</translation>
    </message>
    <message>
        <source>entry %1 of “layers” (%2) has no name.</source>
        <translation>“layers”的第 %1 项（%2）没有名称。</translation>
    </message>
    <message>
        <source>“config” must be an object.</source>
        <translation>“config”必须是对象。</translation>
    </message>
    <message>
        <source>models nested in models are not supported; export the inner model on its own or flatten it into one model.</source>
        <translation>不支持模型中嵌套模型；请单独导出内部模型，或将其展平为一个模型。</translation>
    </message>
    <message>
        <source>this layer class is not supported. Supported: %1.</source>
        <translation>不支持此层类型。支持的类型：%1。</translation>
    </message>
    <message>
        <source>an input tensor has no valid “keras_history” [layer, node, tensor].</source>
        <translation>某个输入张量没有有效的“keras_history” [layer, node, tensor]。</translation>
    </message>
    <message>
        <source>each inbound node entry must be [layer, node, tensor, {…}].</source>
        <translation>每个 inbound node 条目都必须是 [layer, node, tensor, {…}]。</translation>
    </message>
    <message>
        <source>“inbound_nodes” entries must be lists (Keras 2) or objects with “args” (Keras 3).</source>
        <translation>“inbound_nodes”的条目必须是列表（Keras 2）或带有“args”的对象（Keras 3）。</translation>
    </message>
    <message>
        <source>a call of the layer has no input tensor.</source>
        <translation>该层的某次调用没有输入张量。</translation>
    </message>
    <message>
        <source>“%1” must hold [layer, node, tensor] entries.</source>
        <translation>“%1”必须包含 [layer, node, tensor] 条目。</translation>
    </message>
    <message>
        <source>the Sequential model has no input shape (no InputLayer and no batch_input_shape on its first layer); build the model before calling to_json().</source>
        <translation>该 Sequential 模型没有输入形状（没有 InputLayer，第一层也没有 batch_input_shape）；请先构建（build）模型，再调用 to_json()。</translation>
    </message>
    <message>
        <source>the model has no layers after its input.</source>
        <translation>模型在输入之后没有任何层。</translation>
    </message>
    <message>
        <source>an InputLayer can only come first in a Sequential model.</source>
        <translation>在 Sequential 模型中，InputLayer 只能位于最前面。</translation>
    </message>
    <message>
        <source>two layers are called “%1”.</source>
        <translation>有两个层都名为“%1”。</translation>
    </message>
    <message>
        <source>“inbound_nodes” must be a list.</source>
        <translation>“inbound_nodes”必须是列表。</translation>
    </message>
    <message numerus="yes">
        <source>Layer “%1” is called %n time(s); Keras shares its weights, MemPlanner counts them once per call.</source>
        <translation>
            <numerusform>层“%1”被调用了 %n 次；Keras 共享其权重，而 MemPlanner 每次调用都计一份权重。</numerusform>
        </translation>
    </message>
    <message>
        <source>its input “%1” is not a layer of this model.</source>
        <translation>其输入“%1”不是本模型中的层。</translation>
    </message>
    <message>
        <source>“%1” is not a layer of this model.</source>
        <translation>“%1”不是本模型中的层。</translation>
    </message>
    <message numerus="yes">
        <source>it uses call %1 of “%2”, which is called %n time(s).</source>
        <translation>
            <numerusform>它使用了“%2”的第 %1 次调用，但“%2”只被调用了 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>it uses output %1 of “%2”; only each layer's first output can be imported (return_state is not supported).</source>
        <translation>它使用了“%2”的第 %1 个输出；每层只能导入第一个输出（不支持 return_state）。</translation>
    </message>
    <message>
        <source>input_layers names “%1”, which is not an InputLayer.</source>
        <translation>input_layers 中列出的“%1”不是 InputLayer。</translation>
    </message>
    <message>
        <source>the layers %1 depend on each other in a cycle.</source>
        <translation>层 %1 之间存在循环依赖。</translation>
    </message>
    <message>
        <source>“output_layers” names no output.</source>
        <translation>“output_layers”中没有列出任何输出。</translation>
    </message>
    <message>
        <source>this is not a Keras model (expected “class_name” Sequential, Functional or Model and a “config” object).</source>
        <translation>这不是 Keras 模型（应有值为 Sequential、Functional 或 Model 的“class_name”以及“config”对象）。</translation>
    </message>
    <message>
        <source>Keras model.to_json(): %1</source>
        <translation>Keras model.to_json(): %1</translation>
    </message>
    <message>
        <source>Keras %1 model.to_json(): %2</source>
        <translation>Keras %1 model.to_json(): %2</translation>
    </message>
    <message>
        <source>A Keras %1 model imported from %2.</source>
        <translation>从 %2 导入的 Keras %1 模型。</translation>
    </message>
    <message>
        <source>“config.layers” must be a list of layers.</source>
        <translation>“config.layers”必须是层的列表。</translation>
    </message>
    <message>
        <source>the model has no layers.</source>
        <translation>模型中没有任何层。</translation>
    </message>
    <message>
        <source>%1, layer “%2”</source>
        <translation>%1，层“%2”</translation>
    </message>
    <message>
        <source>A Keras architecture file holds no loss: none was added, so the plan assumes a gradient the size of each model output.</source>
        <translation>Keras 架构文件中不包含损失：未添加损失，因此规划假定每个模型输出都有一个与其大小相同的梯度。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 不是有效的 JSON（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Keras model: the JSON is not an object.</source>
        <translation>%1 不是 Keras 模型：该 JSON 不是对象。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; it is not a Keras architecture file.</source>
        <translation>%1 大于 64 MB；它不是 Keras 架构文件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LeNet-300-100 (MLP)</source>
        <translation>LeNet-300-100（MLP）</translation>
    </message>
    <message>
        <source>ResNet-18</source>
        <translation>ResNet-18</translation>
    </message>
    <message>
        <source>ResNet-50</source>
        <translation>ResNet-50</translation>
    </message>
    <message>
        <source>VGG-16</source>
        <translation>VGG-16</translation>
    </message>
    <message>
        <source>MobileNetV2</source>
        <translation>MobileNetV2</translation>
    </message>
    <message>
        <source>BERT-base</source>
        <translation>BERT-base</translation>
    </message>
    <message>
        <source>GPT-2 small</source>
        <translation>GPT-2 small（小型）</translation>
    </message>
    <message>
        <source>LSTM text classifier</source>
        <translation>LSTM 文本分类器</translation>
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
    <name>OnnxGraph</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the model is too large to read.</source>
        <translation>%1：模型过大，无法读取。</translation>
    </message>
    <message>
        <source>%1: libonnx rejected the model: %2</source>
        <translation>%1：libonnx 拒绝了该模型：%2</translation>
    </message>
    <message>
        <source>this is not a valid ONNX model (the protobuf message does not parse).</source>
        <translation>这不是有效的 ONNX 模型（无法解析 protobuf 消息）。</translation>
    </message>
    <message>
        <source>this protobuf file holds no ONNX graph; is it an ONNX model?</source>
        <translation>此 protobuf 文件中没有 ONNX 计算图；它是 ONNX 模型吗？</translation>
    </message>
    <message>
        <source>the model declares no version of the ONNX operator set.</source>
        <translation>模型未声明 ONNX 算子集（opset）的版本。</translation>
    </message>
    <message>
        <source>operator set %1 is older than 9, the oldest supported; export again with opset_version=13 or newer.</source>
        <translation>算子集 %1 早于所支持的最旧版本 9；请用 opset_version=13 或更高版本重新导出。</translation>
    </message>
    <message>
        <source>The model uses operator set %1; MemPlanner is tested with 9 to 17 and reads newer operators as far as libonnx 1.12 knows them.</source>
        <translation>该模型使用算子集 %1；MemPlanner 在 9 到 17 上经过测试，更新的算子仅在 libonnx 1.12 所知的范围内读取。</translation>
    </message>
    <message>
        <source>the graph has no nodes.</source>
        <translation>计算图中没有节点。</translation>
    </message>
    <message>
        <source>the graph has %1 nodes; at most %2 are supported.</source>
        <translation>计算图有 %1 个节点；最多支持 %2 个。</translation>
    </message>
    <message>
        <source>an initializer has no name.</source>
        <translation>某个初始化器（initializer）没有名称。</translation>
    </message>
    <message>
        <source>the initializer “%1” is defined twice.</source>
        <translation>初始化器“%1”被定义了两次。</translation>
    </message>
    <message>
        <source>the initializer “%1” has a dimension of %2.</source>
        <translation>初始化器“%1”有一个维度为 %2。</translation>
    </message>
    <message>
        <source>a graph input has no name.</source>
        <translation>某个计算图输入没有名称。</translation>
    </message>
    <message>
        <source>the graph input “%1” is listed twice.</source>
        <translation>计算图输入“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>node %1 (“%2”) has no operator type.</source>
        <translation>节点 %1（“%2”）没有算子类型。</translation>
    </message>
    <message>
        <source>the tensor “%1” is defined twice (again by node “%2”).</source>
        <translation>张量“%1”被定义了两次（节点“%2”再次定义了它）。</translation>
    </message>
    <message>
        <source>node “%1” (%2) reads “%3”, which no node, input or initializer defines.</source>
        <translation>节点“%1”（%2）读取“%3”，但没有任何节点、输入或初始化器定义它。</translation>
    </message>
    <message>
        <source>the graph output “%1” is not computed by any node.</source>
        <translation>计算图输出“%1”不由任何节点计算得出。</translation>
    </message>
    <message>
        <source>the graph has no outputs.</source>
        <translation>计算图没有输出。</translation>
    </message>
    <message>
        <source>the graph has a cycle through the nodes %1.</source>
        <translation>计算图中存在经过节点 %1 的环。</translation>
    </message>
    <message>
        <source>the input “%1” is not a tensor (sequences and maps are not supported).</source>
        <translation>输入“%1”不是张量（不支持序列和映射）。</translation>
    </message>
    <message>
        <source>the input “%1” has the element type %2, which MemPlanner cannot plan.</source>
        <translation>输入“%1”的元素类型为 %2，MemPlanner 无法对其进行规划。</translation>
    </message>
    <message>
        <source>the input “%1” has no shape: export it with a fixed rank, e.g. torch.onnx.export(…, input_names=[…], dynamic_axes={…}).</source>
        <translation>输入“%1”没有形状：请以固定的维数导出，例如 torch.onnx.export(…, input_names=[…], dynamic_axes={…})。</translation>
    </message>
    <message>
        <source>the input “%1” has a dimension of %2: that is absurdly large.</source>
        <translation>输入“%1”有一个维度为 %2：大得离谱。</translation>
    </message>
    <message>
        <source>the inputs have more than two symbolic dimensions (%1); MemPlanner binds only the batch and the sequence length. Export the others with fixed sizes.</source>
        <translation>输入中有超过两个符号维度（%1）；MemPlanner 只绑定批量和序列长度。请以固定大小导出其余维度。</translation>
    </message>
    <message>
        <source>The inputs have fixed sizes, so --batch cannot change them. Export with dynamic_axes={"%1": {0: "batch"}} to plan other batch sizes.</source>
        <translation>输入的尺寸是固定的，--batch 无法改变它们。请用 dynamic_axes={"%1": {0: "batch"}} 导出，以便规划其他批量大小。</translation>
    </message>
    <message>
        <source>libonnx cannot infer it without the input types</source>
        <translation>缺少输入类型时 libonnx 无法推断</translation>
    </message>
    <message>
        <source>operator %1 is unknown to libonnx 1.12 and the file declares no shape for its output</source>
        <translation>libonnx 1.12 不认识算子 %1，且文件未声明其输出的形状</translation>
    </message>
    <message>
        <source>node “%1” (%2)</source>
        <translation>节点“%1”（%2）</translation>
    </message>
    <message>
        <source>the input “%1”</source>
        <translation>输入“%1”</translation>
    </message>
    <message>
        <source>%1 has a dimension of %2: that is absurdly large.</source>
        <translation>%1 有一个维度为 %2：大得离谱。</translation>
    </message>
    <message>
        <source>%1 has a size that overflows 64 bits.</source>
        <translation>%1 的大小超出 64 位。</translation>
    </message>
</context>
<context>
    <name>OnnxImporter</name>
    <message>
        <source>node “%1” (%2)</source>
        <translation>节点“%1”（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Linear (MatMul + bias Add)</source>
        <translation>Linear（MatMul + 加偏置的 Add）</translation>
    </message>
    <message>
        <source>Linear (MatMul with a weight)</source>
        <translation>Linear（带权重的 MatMul）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n layer(s), %2)</source>
        <translation>
            <numerusform>%1（%n 层，%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>batch-first</source>
        <translation>批量维度在前</translation>
    </message>
    <message>
        <source>sequence-first</source>
        <translation>序列维度在前</translation>
    </message>
    <message>
        <source>MultiHeadAttention (scaled_dot_product_attention, with its projections)</source>
        <translation>MultiHeadAttention（scaled_dot_product_attention，含投影）</translation>
    </message>
    <message>
        <source>MultiHeadAttention (math path: QKᵀ, softmax, dropout, PV, with its projections)</source>
        <translation>MultiHeadAttention（math 实现：QKᵀ、softmax、dropout、PV，含投影）</translation>
    </message>
    <message>
        <source>LayerNorm (ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div, Mul, Add)</source>
        <translation>LayerNorm（ReduceMean、Sub、Pow、ReduceMean、Add、Sqrt、Div、Mul、Add）</translation>
    </message>
    <message>
        <source>GELU (Erf form)</source>
        <translation>GELU（Erf 形式）</translation>
    </message>
    <message>
        <source>GELU (tanh form written as tensor ops, as gelu_new)</source>
        <translation>GELU（用张量运算写出的 tanh 形式，如 gelu_new）</translation>
    </message>
    <message>
        <source>GELU (tanh form)</source>
        <translation>GELU（tanh 形式）</translation>
    </message>
    <message>
        <source>SiLU (Sigmoid · x)</source>
        <translation>SiLU（Sigmoid · x）</translation>
    </message>
    <message>
        <source>only 1-d and 2-d convolutions with weight initializers are modelled</source>
        <translation>仅对权重为初始化器的一维和二维卷积建模</translation>
    </message>
    <message>
        <source>only 1-d and 2-d pooling is modelled</source>
        <translation>仅对一维和二维池化建模</translation>
    </message>
    <message>
        <source>it casts to an element type MemPlanner cannot plan</source>
        <translation>它转换到 MemPlanner 无法规划的元素类型</translation>
    </message>
    <message>
        <source>the shape of “%1”, output %2 of %3, is unknown (%4). Give the file the shapes, e.g. with onnx.shape_inference.infer_shapes, or value_info entries for a custom operator's outputs.</source>
        <translation>“%1”（%3 的输出 %2）的形状未知（%4）。请在文件中补充形状，例如使用 onnx.shape_inference.infer_shapes，或为自定义算子的输出添加 value_info 条目。</translation>
    </message>
    <message>
        <source>no shape inference</source>
        <translation>未做形状推断</translation>
    </message>
    <message>
        <source>the target shape of %1 cannot be determined.</source>
        <translation>无法确定 %1 的目标形状。</translation>
    </message>
    <message>
        <source>the target shape of %1 has more than one unknown size.</source>
        <translation>%1 的目标形状中有不止一个未知大小。</translation>
    </message>
    <message>
        <source>its scale is computed</source>
        <translation>其缩放因子由计算得出，而非参数</translation>
    </message>
    <message>
        <source>%1 normalises over a symbolic dimension.</source>
        <translation>%1 在符号维度上做归一化。</translation>
    </message>
    <message>
        <source>%1 has a symbolic channel dimension.</source>
        <translation>%1 的通道维度是符号维度。</translation>
    </message>
    <message>
        <source>a gather of activations</source>
        <translation>对激活值的 Gather</translation>
    </message>
    <message>
        <source>the axes of %1 are not constant.</source>
        <translation>%1 的轴不是常量。</translation>
    </message>
    <message>
        <source>the target shape of %1 is not constant.</source>
        <translation>%1 的目标形状不是常量。</translation>
    </message>
    <message>
        <source>the sizes of %1 are unknown.</source>
        <translation>%1 的大小未知。</translation>
    </message>
    <message>
        <source>%1 splits a symbolic dimension.</source>
        <translation>%1 拆分了一个符号维度。</translation>
    </message>
    <message>
        <source>the bounds of %1 are not constant.</source>
        <translation>%1 的边界不是常量。</translation>
    </message>
    <message>
        <source>negative steps</source>
        <translation>负步长</translation>
    </message>
    <message>
        <source>the padding of %1 is not constant.</source>
        <translation>%1 的填充量不是常量。</translation>
    </message>
    <message>
        <source>the output size of %1 is unknown.</source>
        <translation>%1 的输出大小未知。</translation>
    </message>
    <message>
        <source>its final states are read, or its layout is not PyTorch's</source>
        <translation>读取了其最终状态，或其布局与 PyTorch 不同</translation>
    </message>
    <message>
        <source>Export for training with torch.onnx.export(model.train(), …, training=torch.onnx.TrainingMode.TRAINING, do_constant_folding=False) (tools/export/ does this).</source>
        <translation>请以训练模式导出：torch.onnx.export(model.train(), …, training=torch.onnx.TrainingMode.TRAINING, do_constant_folding=False)（tools/export/ 中的脚本即如此导出）。</translation>
    </message>
    <message>
        <source>The graph looks exported in inference mode: %1 convolutions with bias feed ReLUs directly and there is no BatchNormalization, as when batch norm is folded into the convolutions. Training keeps the BatchNorm layers and their saved tensors, so this plan is too low. %2</source>
        <translation>该计算图看起来是以推理模式导出的：%1 个带偏置的卷积直接连接 ReLU，且没有 BatchNormalization，就像 batch norm 已被折叠进卷积一样。训练时会保留 BatchNorm 层及其保存的张量，因此此规划偏低。%2</translation>
    </message>
    <message>
        <source>BatchNormalization was exported in inference mode (running statistics, no batch statistics); the plan assumes training. %1</source>
        <translation>BatchNormalization 是以推理模式导出的（使用滑动统计量，而非批量统计量）；规划假定为训练。%1</translation>
    </message>
    <message>
        <source>Dropout was exported in inference mode (as Identity or without its training flag); the plan uses the exported ratios. %1</source>
        <translation>Dropout 是以推理模式导出的（导出为 Identity 或缺少 training 标志）；规划使用导出的比率。%1</translation>
    </message>
    <message>
        <source>the shape of the parameter “%1” is unknown.</source>
        <translation>参数“%1”的形状未知。</translation>
    </message>
    <message>
        <source>the tensor “%1” has no producer in the imported graph (its node was not mapped).</source>
        <translation>在导入的计算图中没有产生张量“%1”的节点（其节点未被映射）。</translation>
    </message>
    <message>
        <source>none of the graph's outputs depends on its inputs: there is nothing to train.</source>
        <translation>计算图的输出均不依赖其输入：没有可训练的内容。</translation>
    </message>
    <message>
        <source>the input “%1” has the element type %2, which MemPlanner cannot plan.</source>
        <translation>输入“%1”的元素类型为 %2，MemPlanner 无法对其进行规划。</translation>
    </message>
    <message>
        <source>“%1” is %2; it is planned as %3.</source>
        <translation>“%1”为 %2；按 %3 规划。</translation>
    </message>
    <message>
        <source>the shape of “%1” is unknown.</source>
        <translation>“%1”的形状未知。</translation>
    </message>
    <message>
        <source>“%1” has a size that depends on batch and sequence in a way MemPlanner cannot express; it is fixed at %2.</source>
        <translation>“%1”的大小以 MemPlanner 无法表示的方式依赖于批量和序列长度；将其固定为 %2。</translation>
    </message>
    <message>
        <source>The parameter “%1” is used by several operations; MemPlanner counts it once per operation that cannot share a weight.</source>
        <translation>参数“%1”被多个算子使用；对于无法共享权重的算子，MemPlanner 为每个算子各计一次。</translation>
    </message>
    <message>
        <source>the tensor “%1” has no producer in the imported graph.</source>
        <translation>在导入的计算图中没有产生张量“%1”的节点。</translation>
    </message>
    <message>
        <source>the imported graph is inconsistent: %1</source>
        <translation>导入的计算图不一致：%1</translation>
    </message>
    <message>
        <source>Node “%1” gives [%2] where ONNX gives [%3] for “%4”.</source>
        <translation>对于“%4”，节点“%1”得到 [%2]，而 ONNX 给出的是 [%3]。</translation>
    </message>
    <message>
        <source>Imported from ONNX (operator set %1).</source>
        <translation>从 ONNX 导入（算子集 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n convolution(s) or pooling layer(s) pad asymmetrically (as TensorFlow's SAME padding does); PyTorch pads both sides alike, so the larger side is used where that keeps the output size and an explicit Pad otherwise.</source>
        <translation>
            <numerusform>%n 个卷积层或池化层采用非对称填充（如 TensorFlow 的 SAME 填充）；PyTorch 在两侧填充相同的量，因此在不改变输出大小时取较大一侧的填充量，否则使用显式的 Pad。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1: the model is too large to import.</source>
        <translation>%1：模型过大，无法导入。</translation>
    </message>
    <message>
        <source>%1 is JSON, not an ONNX model (a .memplan project or a Keras file is opened by its own importer).</source>
        <translation>%1 是 JSON，不是 ONNX 模型（.memplan 项目或 Keras 文件由各自的导入器打开）。</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (a PyTorch .pt or a Keras .keras file?), not an ONNX model.</source>
        <translation>%1 是 ZIP 压缩包（PyTorch 的 .pt 或 Keras 的 .keras 文件？），不是 ONNX 模型。</translation>
    </message>
    <message>
        <source>%1 is an HDF5 file (Keras .h5?), not an ONNX model.</source>
        <translation>%1 是 HDF5 文件（Keras .h5？），不是 ONNX 模型。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 lacks a required input.</source>
        <translation>%1 缺少必需的输入。</translation>
    </message>
    <message>
        <source>an operator of a custom domain</source>
        <translation>属于自定义域的算子</translation>
    </message>
    <message>
        <source>its axis is out of range</source>
        <translation>其轴超出范围</translation>
    </message>
    <message>
        <source>class scores with more than one extra dimension</source>
        <translation>类别分数带有不止一个额外维度</translation>
    </message>
    <message>
        <source>MemPlanner does not model this operator</source>
        <translation>MemPlanner 未对此算子建模</translation>
    </message>
    <message>
        <source>The graph has attention-like softmaxes but no Dropout: if the model uses dropout, it was exported in inference mode, which removes it, and the plan misses its masks. %1</source>
        <translation>计算图中有类似注意力的 softmax，但没有 Dropout：如果模型使用了 dropout，说明它是以推理模式导出的（该模式会移除 dropout），规划因此漏算了 dropout 的掩码。%1</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3) is kept as an opaque node (%4): its output shapes come from libonnx and it is assumed to save all its inputs for backward (conservative).</source>
        <translation>%1 ×%2（%3）作为不透明节点保留（%4）：其输出形状取自 libonnx，并保守地假定它为反向传播保存全部输入。</translation>
    </message>
    <message>
        <source>its kernel, strides and dilations must be positive, one per spatial dimension</source>
        <translation>其卷积核、步幅（strides）和膨胀（dilations）必须为正数，每个空间维度一个</translation>
    </message>
    <message>
        <source>its pads do not match its kernel</source>
        <translation>其 pads 与卷积核不匹配</translation>
    </message>
</context>
<context>
    <name>OnnxWire</name>
    <message>
        <source>%1 is empty, not an ONNX model.</source>
        <translation>%1 是空文件，不是 ONNX 模型。</translation>
    </message>
    <message>
        <source>%1 is not a valid ONNX model: the protobuf data is truncated or corrupt at byte %2 of %3.</source>
        <translation>%1 不是有效的 ONNX 模型：protobuf 数据在第 %2 字节处（共 %3 字节）被截断或已损坏。</translation>
    </message>
    <message>
        <source>%1 nests graphs more than %2 levels deep.</source>
        <translation>%1 中计算图的嵌套超过 %2 层。</translation>
    </message>
    <message>
        <source>The graph structure of %1 (without its weights) is larger than %2 MiB.</source>
        <translation>%1 的计算图结构（不含权重）大于 %2 MiB。</translation>
    </message>
    <message>
        <source>%1 is too large to read.</source>
        <translation>%1 过大，无法读取。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
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
    <message>
        <source>attribute “%1” holds “%2”, which is not a size.</source>
        <translation>属性“%1”的值“%2”不是尺寸。</translation>
    </message>
    <message>
        <source>head_dim and value_dim must be positive.</source>
        <translation>head_dim 和 value_dim 必须为正。</translation>
    </message>
    <message>
        <source>bias_vectors must be 1 or 2.</source>
        <translation>bias_vectors 必须为 1 或 2。</translation>
    </message>
    <message>
        <source>param_shape entries must be positive.</source>
        <translation>param_shape 的元素必须为正数。</translation>
    </message>
    <message>
        <source>unknown function “%1”.</source>
        <translation>未知函数“%1”。</translation>
    </message>
    <message>
        <source>function “%1” does not take %2 inputs.</source>
        <translation>函数“%1”不接受 %2 个输入。</translation>
    </message>
    <message>
        <source>a trainable operand needs a single data input.</source>
        <translation>带可训练操作数时只能有一个数据输入。</translation>
    </message>
    <message>
        <source>unknown element type “%1”.</source>
        <translation>未知元素类型“%1”。</translation>
    </message>
    <message>
        <source>unknown reduction “%1”.</source>
        <translation>未知归约方式“%1”。</translation>
    </message>
    <message>
        <source>dimension %1 has size %2, not 1.</source>
        <translation>维度 %1 的大小为 %2，而不是 1。</translation>
    </message>
    <message>
        <source>shape entries must be positive or -1.</source>
        <translation>shape 的元素必须为正数或 -1。</translation>
    </message>
    <message>
        <source>starts, ends, axes and steps need the same length.</source>
        <translation>starts、ends、axes 和 steps 的长度必须相同。</translation>
    </message>
    <message>
        <source>steps must be positive.</source>
        <translation>steps 必须为正。</translation>
    </message>
    <message>
        <source>the slice of dimension %1 is empty.</source>
        <translation>维度 %1 上的切片为空。</translation>
    </message>
    <message>
        <source>pads needs %1 values.</source>
        <translation>pads 需要 %1 个值。</translation>
    </message>
    <message>
        <source>unknown padding mode “%1”.</source>
        <translation>未知填充模式“%1”。</translation>
    </message>
    <message>
        <source>padding leaves dimension %1 empty.</source>
        <translation>填充后维度 %1 为空。</translation>
    </message>
    <message>
        <source>attribute “sizes” or “scales” is required.</source>
        <translation>必须提供属性“sizes”或“scales”。</translation>
    </message>
    <message>
        <source>scales must be positive numbers.</source>
        <translation>scales 必须为正数。</translation>
    </message>
    <message>
        <source>the target needs one entry per dimension (%1).</source>
        <translation>目标必须为每个维度提供一个值（共 %1 个）。</translation>
    </message>
    <message>
        <source>the resized tensor would be empty.</source>
        <translation>调整大小后的张量将为空。</translation>
    </message>
    <message>
        <source>unknown mode “%1”.</source>
        <translation>未知模式“%1”。</translation>
    </message>
    <message>
        <source>the equation names %1 operands for %2 inputs.</source>
        <translation>表达式为 %2 个输入给出了 %1 个操作数。</translation>
    </message>
    <message>
        <source>the equation may hold only letters, “,”, “...” and “-&gt;”.</source>
        <translation>表达式只能包含字母、“,”、“...”和“-&gt;”。</translation>
    </message>
    <message>
        <source>operand %1 has %2 dimensions; the equation gives it %3.</source>
        <translation>操作数 %1 有 %2 个维度；表达式给出的是 %3 个。</translation>
    </message>
    <message>
        <source>index “%1” has sizes %2 and %3.</source>
        <translation>下标“%1”的大小既为 %2 又为 %3。</translation>
    </message>
    <message>
        <source>output index “%1” is not an operand's.</source>
        <translation>输出下标“%1”不属于任何操作数。</translation>
    </message>
    <message>
        <source>the output drops the “...” dimensions.</source>
        <translation>输出丢掉了“...”维度。</translation>
    </message>
    <message>
        <source>shape entries must be positive.</source>
        <translation>shape 的元素必须为正数。</translation>
    </message>
    <message>
        <source>attribute “output_shapes” is required.</source>
        <translation>缺少必需的属性“output_shapes”。</translation>
    </message>
    <message>
        <source>output_shapes must hold lists.</source>
        <translation>output_shapes 必须包含列表。</translation>
    </message>
    <message>
        <source>output %1 has a bad dimension.</source>
        <translation>输出 %1 有一个无效维度。</translation>
    </message>
    <message>
        <source>input (unknown op: kept conservatively)</source>
        <translation>输入（未知算子：保守保留）</translation>
    </message>
</context>
<context>
    <name>OpSchema</name>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状变换</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>算术运算</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Recurrent</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value, %2.</source>
        <translation>%1 小于允许的最小值 %2。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>应为 true 或 false。</translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation>应为以下值之一：%1。</translation>
    </message>
    <message>
        <source>Expected a whole number or a list such as “3, 3”.</source>
        <translation>应为整数或列表，例如“3, 3”。</translation>
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
    <message>
        <source>Fused on import: %1</source>
        <translation>导入时融合：%1</translation>
    </message>
    <message numerus="yes">
        <source>, freezing the first %n layer(s)</source>
        <translation>
            <numerusform>，冻结前 %n 个层</numerusform>
        </translation>
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
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>显示帮助，包括 Qt 特有的选项。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>“%1”后缺少值。</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>“%1”后有意外的值。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>不保存</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;空&gt;</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>内存（%1）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n segment(s))</source>
        <translation>
            <numerusform>%1（%n 段）</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory plan: %1</source>
        <translation>内存规划：%1</translation>
    </message>
    <message>
        <source>%1 at batch %2. Written by %3 on %4.</source>
        <translation>%1，批量 %2。本报告由 %3 于 %4 生成。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>%1 (%2 trainable)</source>
        <translation>%1（可训练 %2）</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Forward FLOPs per step</source>
        <translation>每步前向 FLOPs</translation>
    </message>
    <message>
        <source>Backward FLOPs per step</source>
        <translation>每步反向 FLOPs</translation>
    </message>
    <message>
        <source>Recompute FLOPs per step</source>
        <translation>每步重计算 FLOPs</translation>
    </message>
    <message>
        <source>Fused on import</source>
        <translation>导入时融合</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Gradients kept between steps</source>
        <translation>梯度在各步之间保留</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Target devices</source>
        <translation>目标设备</translation>
    </message>
    <message>
        <source>Memory at the peak</source>
        <translation>峰值时刻的内存</translation>
    </message>
    <message>
        <source>The device peak is %1, reached during %2.</source>
        <translation>设备峰值为 %1，出现在%2阶段。</translation>
    </message>
    <message>
        <source>The device peak is %1, reached during %2 at %3.</source>
        <translation>设备峰值为 %1，出现在%2阶段，位置：%3。</translation>
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
        <source>Part</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Share of the device peak</source>
        <translation>设备峰值占比</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Device peak, by part, at the peak moment</source>
        <translation>峰值时刻的设备峰值（按组成部分）</translation>
    </message>
    <message>
        <source>Batch size and checkpointing</source>
        <translation>批量大小与梯度检查点</translation>
    </message>
    <message>
        <source>The device peak of this configuration and its variants against the batch size, with the capacity of each target device.</source>
        <translation>本配置及其变体的设备峰值与批量大小的关系，并标出每个目标设备的容量。</translation>
    </message>
    <message>
        <source>Each point is a way to checkpoint at batch %1: the device peak against the extra compute it costs.</source>
        <translation>每个点代表批量 %1 下的一种检查点设置方式：设备峰值与其所需额外计算量的关系。</translation>
    </message>
    <message>
        <source>No batch size to show.</source>
        <translation>没有可显示的批量大小。</translation>
    </message>
    <message>
        <source>Device peak against batch size</source>
        <translation>设备峰值与批量大小的关系</translation>
    </message>
    <message>
        <source>No way to checkpoint this graph.</source>
        <translation>此计算图无法设置检查点。</translation>
    </message>
    <message>
        <source>Extra compute (% of forward and backward)</source>
        <translation>额外计算量（占前向和反向计算量的 %）</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>前沿</translation>
    </message>
    <message>
        <source>Device peak against the extra compute of checkpointing (batch %1)</source>
        <translation>设备峰值与梯度检查点额外计算量的关系（批量 %1）</translation>
    </message>
    <message>
        <source>No target device was chosen.</source>
        <translation>未选择目标设备。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>最大批量</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <source>Step time is a roofline estimate from each device's peak FLOP/s and memory bandwidth.</source>
        <translation>单步时间是根据各设备的峰值 FLOP/s 和内存带宽得出的屋顶线模型估算。</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐配置</translation>
    </message>
    <message>
        <source>The assistant ranks training configurations for the target devices; there is none to rank.</source>
        <translation>助手会针对目标设备对训练配置进行排序；目前没有可排序的配置。</translation>
    </message>
    <message>
        <source>For each device, the configurations that fit, ranked by estimated throughput at an effective batch of %1 (gradient accumulation keeps it).</source>
        <translation>对每个设备，列出放得下的配置，按有效批量 %1 下的估计吞吐量排序（梯度累积使有效批量保持不变）。</translation>
    </message>
    <message>
        <source>%1 (%2 usable)</source>
        <translation>%1（可用 %2）</translation>
    </message>
    <message>
        <source>Nothing fits.</source>
        <translation>没有放得下的配置。</translation>
    </message>
    <message>
        <source>Nothing fits, not even batch 1. The closest is %1, which misses by %2.</source>
        <translation>没有放得下的配置，连批量 1 都放不下。最接近的是 %1，缺少 %2。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Micro-batch × steps</source>
        <translation>微批量 × 步数</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>样本/s</translation>
    </message>
    <message>
        <source>Extra compute</source>
        <translation>额外计算量</translation>
    </message>
    <message>
        <source>Layers that save the most for backward</source>
        <translation>为反向传播保存最多数据的层</translation>
    </message>
    <message>
        <source>No layer saves anything for backward.</source>
        <translation>没有任何层为反向传播保存数据。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存量</translation>
    </message>
    <message>
        <source>Share of the tensor peak</source>
        <translation>张量峰值占比</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>calibrated: %1 per sample</source>
        <translation>已校准：每样本 %1</translation>
    </message>
    <message>
        <source>not calibrated</source>
        <translation>未校准</translation>
    </message>
    <message>
        <source>%1 — source: %2</source>
        <translation>%1 — 来源：%2</translation>
    </message>
    <message>
        <source>Runtime overhead, from the runtime profiles used:</source>
        <translation>运行时开销，取自所用的运行时档案：</translation>
    </message>
    <message>
        <source>Context and libraries</source>
        <translation>上下文和库</translation>
    </message>
    <message>
        <source>Allocator block</source>
        <translation>分配器块</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>无法将报告写入 %1。</translation>
    </message>
    <message>
        <source>MemPlanner — %1</source>
        <translation>MemPlanner — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Semantics: one step of PyTorch 2.x eager autograd, counted per tensor storage over time. Autograd's saved tensors, views and in-place operations, the tensors Python's frames still hold (a module's arguments until it returns, written-out attention's locals), autocast copies, library copies and workspaces, and the optimizer's state and step buffers are simulated; the breakdown is taken at the peak moment and adds up to the tensor peak, the figure comparable to torch.cuda.max_memory_allocated. The device peak adds the runtime overhead.</source>
        <translation>语义：PyTorch 2.x eager 模式下 autograd 的一个训练步，按张量存储（storage）随时间统计。模拟了 autograd 保存的张量、视图和原地（in-place）操作、Python 栈帧仍持有的张量（模块返回之前的参数、手写注意力的局部变量）、autocast 副本、库的副本与工作空间，以及优化器的状态和更新步缓冲区；各组成部分在峰值时刻取得，其总和即为张量峰值，该数值可与 torch.cuda.max_memory_allocated 对比。设备峰值在此基础上再加上运行时开销。</translation>
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
    <message>
        <source>Runtime “%1”: “rnn_path” must be “cudnn” or “cpu-cells”.</source>
        <translation>运行时“%1”：“rnn_path”必须为“cudnn”或“cpu-cells”。</translation>
    </message>
    <message>
        <source>Runtime “%1”: “onednn_block_channels” must be a whole number from 0 to 64.</source>
        <translation>运行时“%1”：“onednn_block_channels”必须是 0 到 64 之间的整数。</translation>
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
<context>
    <name>memplanner::BatchSweepModel</name>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
</context>
<context>
    <name>memplanner::BreakdownSeriesModel</name>
    <message>
        <source>Runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>设备峰值</translation>
    </message>
</context>
<context>
    <name>memplanner::ChartsPanel</name>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>内存（%1）</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>当前规划</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>已固定：%1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2：%3（共 %4）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Device peak, by part, at the peak moment</source>
        <translation>峰值时刻的设备峰值（按组成部分）</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>%1
batch %2: %3</source>
        <translation>%1
批量 %2：%3</translation>
    </message>
    <message>
        <source>Largest batch on %1</source>
        <translation>%1 上的最大批量</translation>
    </message>
    <message>
        <source>%1: largest batch %2 on %3</source>
        <translation>%1：%3 上的最大批量为 %2</translation>
    </message>
    <message>
        <source>Device peak against batch size</source>
        <translation>设备峰值与批量大小的关系</translation>
    </message>
    <message>
        <source>Extra compute (% of forward and backward)</source>
        <translation>额外计算量（占前向和反向计算量的 %）</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>前沿</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n segment(s)
peak %2, extra compute %3 (%4)
Click to apply.</source>
        <translation>
            <numerusform>%1，%n 段
峰值 %2，额外计算量 %3（%4）
单击以应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Device peak against the extra compute of checkpointing (batch %1)</source>
        <translation>设备峰值与梯度检查点额外计算量的关系（批量 %1）</translation>
    </message>
    <message>
        <source>Moment of the step (forward, backward, optimizer step)</source>
        <translation>单步中的时刻（前向、反向、优化器更新）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>the step's start or the optimizer</source>
        <translation>该步开始处或优化器</translation>
    </message>
    <message>
        <source>Tensors: %1</source>
        <translation>张量：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Peak %1</source>
        <translation>峰值内存 %1</translation>
    </message>
    <message>
        <source>Live tensors during one step at batch %1 (peak at %2)</source>
        <translation>批量 %1 时单步中的存活张量（峰值位于 %2）</translation>
    </message>
    <message>
        <source>the optimizer step</source>
        <translation>优化器更新阶段</translation>
    </message>
    <message>
        <source>No layer saves anything for backward.</source>
        <translation>没有任何层为反向传播保存数据。</translation>
    </message>
    <message>
        <source>Saved for backward</source>
        <translation>为反向传播保存</translation>
    </message>
    <message>
        <source>%1 (%2): %3 saved, %4 of the tensor peak
Click to select it in the graph.</source>
        <translation>%1（%2）：保存 %3，占张量峰值的 %4
单击以在计算图中选中它。</translation>
    </message>
    <message numerus="yes">
        <source>The %n layer(s) that save the most for backward</source>
        <translation>
            <numerusform>为反向传播保存最多数据的 %n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose target devices in Configuration to see their step time.</source>
        <translation>请在“配置”面板中选择目标设备以查看其单步时间。</translation>
    </message>
    <message>
        <source>Samples per second</source>
        <translation>每秒样本数</translation>
    </message>
    <message>
        <source>%1
step %2, %3 samples/s
epoch (%4 steps) %5%6</source>
        <translation>%1
单步 %2，%3 样本/s
迭代周期（%4 步）%5%6</translation>
    </message>
    <message>
        <source>
The batch does not fit in its memory.</source>
        <translation>
该批量在此设备的内存中放不下。</translation>
    </message>
    <message>
        <source>Throughput at batch %1 (roofline estimate)</source>
        <translation>批量 %1 时的吞吐量（屋顶线模型估算）</translation>
    </message>
    <message>
        <source>Nothing fits on %1 (%2 usable), not even batch 1. The closest is %3, which misses by %4.</source>
        <translation>%1（可用 %2）上没有放得下的配置，连批量 1 都放不下。最接近的是 %3，缺少 %4。</translation>
    </message>
    <message>
        <source>%1 of %2 configurations fit on %3 (%4 usable), ranked by estimated throughput at an effective batch of %5. Double-click one, or select it and press Apply.</source>
        <translation>%2 个配置中有 %1 个在 %3（可用 %4）上放得下，按有效批量 %5 下的估计吞吐量排序。双击其中一个，或选中后按“应用”。</translation>
    </message>
    <message>
        <source>Apply %1, micro-batch %2 × %3 steps</source>
        <translation>应用 %1，微批量 %2 × %3 步</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>应用 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, freezing %n layer(s)</source>
        <translation>
            <numerusform>%1，冻结 %n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeze layers</source>
        <translation>冻结层</translation>
    </message>
    <message numerus="yes">
        <source>Checkpointing: %1, %n segment(s)</source>
        <translation>
            <numerusform>梯度检查点：%1，%n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>构成</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Make it fit</source>
        <translation>让它放得下</translation>
    </message>
    <message>
        <source>Pin plan</source>
        <translation>固定规划</translation>
    </message>
    <message>
        <source>Keep the current plan to compare it with later changes</source>
        <translation>保留当前规划，以便与之后的更改进行比较</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Each point is a way to checkpoint at the current batch. Click a point to apply it (undoable).</source>
        <translation>每个点代表当前批量下的一种检查点设置方式。单击某个点即可应用（可撤销）。</translation>
    </message>
    <message>
        <source>Samples per epoch:</source>
        <translation>每个迭代周期的样本数：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Consider freezing the first layers</source>
        <translation>考虑冻结前面的层</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>对比模型：%1</translation>
    </message>
    <message>
        <source>Start of %1</source>
        <translation>%1 开始</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Compare with a Model</source>
        <translation>与模型比较</translation>
    </message>
    <message>
        <source>Models (*.memplan *.onnx *.json);;All files (*)</source>
        <translation>模型 (*.memplan *.onnx *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not compare with %1:
%2</source>
        <translation>无法与 %1 比较：
%2</translation>
    </message>
    <message>
        <source>Compare with a model file…</source>
        <translation>与模型文件比较…</translation>
    </message>
    <message>
        <source>Plan another model (.memplan, ONNX or Keras JSON) with the current configuration and show it beside the current plan</source>
        <translation>用当前配置规划另一个模型（.memplan、ONNX 或 Keras JSON），并将其显示在当前规划旁边</translation>
    </message>
</context>
<context>
    <name>memplanner::ComparisonModel</name>
    <message>
        <source>Fits, %1 free</source>
        <translation>放得下，剩余 %1</translation>
    </message>
    <message>
        <source>Misses by %1</source>
        <translation>放不下，缺少 %1</translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Trainable parameters</source>
        <translation>可训练参数量</translation>
    </message>
    <message>
        <source>Compute per step</source>
        <translation>每步计算量</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>设备峰值</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <source>%1: fit</source>
        <translation>%1：是否放得下</translation>
    </message>
    <message>
        <source>%1: largest batch</source>
        <translation>%1：最大批量</translation>
    </message>
</context>
<context>
    <name>memplanner::ConfigPanel</name>
    <message>
        <source>Change mode</source>
        <translation>更改模式</translation>
    </message>
    <message>
        <source>Set batch size to %1</source>
        <translation>将批量大小设为 %1</translation>
    </message>
    <message>
        <source>Set sequence length to %1</source>
        <translation>将序列长度设为 %1</translation>
    </message>
    <message>
        <source>Use optimizer %1</source>
        <translation>使用优化器 %1</translation>
    </message>
    <message>
        <source>Use precision %1</source>
        <translation>使用精度 %1</translation>
    </message>
    <message>
        <source>Use runtime %1</source>
        <translation>使用运行时 %1</translation>
    </message>
    <message>
        <source>Change target devices</source>
        <translation>更改目标设备</translation>
    </message>
    <message>
        <source>Checkpointing: %1</source>
        <translation>梯度检查点：%1</translation>
    </message>
    <message>
        <source>Train all layers</source>
        <translation>训练所有层</translation>
    </message>
    <message>
        <source>Freeze layers through “%1”</source>
        <translation>冻结直到“%1”为止的各层</translation>
    </message>
    <message>
        <source>None: train every layer</source>
        <translation>无：训练所有层</translation>
    </message>
    <message>
        <source>Through %1 (%2)</source>
        <translation>直到 %1（%2）为止</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Uniform segments</source>
        <translation>均匀分段</translation>
    </message>
    <message>
        <source>√n segments</source>
        <translation>√n 段</translation>
    </message>
    <message>
        <source>Cheapest within a memory budget</source>
        <translation>内存预算内开销最小</translation>
    </message>
    <message>
        <source>Default (PyTorch CUDA; each device its own)</source>
        <translation>默认（PyTorch CUDA；各设备使用自己的档案）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批量大小：</translation>
    </message>
    <message>
        <source>Sequence length:</source>
        <translation>序列长度：</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>Gradient checkpointing:</source>
        <translation>梯度检查点：</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>分段数：</translation>
    </message>
    <message>
        <source>Memory budget:</source>
        <translation>内存预算：</translation>
    </message>
    <message>
        <source>Frozen layers:</source>
        <translation>冻结层：</translation>
    </message>
    <message>
        <source>Runtime profile:</source>
        <translation>运行时档案：</translation>
    </message>
    <message>
        <source>Target devices:</source>
        <translation>目标设备：</translation>
    </message>
    <message>
        <source>e.g. 6 GiB</source>
        <translation>例如 6 GiB</translation>
    </message>
    <message>
        <source>Samples per training step (per device).</source>
        <translation>每个训练步的样本数（每个设备）。</translation>
    </message>
    <message>
        <source>Tokens per sample for sequence models; ignored by image models.</source>
        <translation>序列模型中每个样本的词元（token）数；图像模型忽略此项。</translation>
    </message>
</context>
<context>
    <name>memplanner::FitCandidatesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not even 1</source>
        <translation>连 1 都放不下</translation>
    </message>
    <message>
        <source>%1 × %2 steps</source>
        <translation>%1 × %2 步</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>misses by %1</source>
        <translation>放不下，缺少 %1</translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 样本/s</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation>微批量</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Extra compute</source>
        <translation>额外计算量</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no layer is frozen</comment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>memplanner::FrontierModel</name>
    <message>
        <source>No checkpointing</source>
        <translation>无检查点</translation>
    </message>
    <message>
        <source>Uniform segments</source>
        <translation>均匀分段</translation>
    </message>
    <message>
        <source>√n segments</source>
        <translation>√n 段</translation>
    </message>
    <message>
        <source>Optimal frontier</source>
        <translation>最优前沿</translation>
    </message>
    <message>
        <source>Segments start at: %1</source>
        <translation>各段起点：%1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分段数</translation>
    </message>
    <message>
        <source>Extra compute</source>
        <translation>额外计算量</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>设备峰值</translation>
    </message>
</context>
<context>
    <name>memplanner::GraphScene</name>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>seq</translation>
    </message>
    <message>
        <source>input · %1</source>
        <translation>输入 · %1</translation>
    </message>
    <message>
        <source>graph input</source>
        <translation>计算图输入</translation>
    </message>
    <message>
        <source>Shape: %1</source>
        <translation>形状：%1</translation>
    </message>
    <message>
        <source>At this plan's batch: %1</source>
        <translation>按本规划的批量：%1</translation>
    </message>
    <message>
        <source>%1 · frozen</source>
        <translation>%1 · 已冻结</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <source>Frozen: no gradients, no optimizer state</source>
        <translation>已冻结：无梯度，无优化器状态</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>Saved for backward: %1 (%2% of the peak)</source>
        <translation>为反向传播保存：%1（占峰值的 %2%）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>There is no op called “%1”.</source>
        <translation>没有名为“%1”的算子。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>排列</translation>
    </message>
    <message>
        <source>Expand the group “%1” to connect to one of its layers.</source>
        <translation>请展开组“%1”以连接到其中的某个层。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>memplanner::LayerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Saved for backward</source>
        <translation>为反向传播保存</translation>
    </message>
    <message>
        <source>Forward FLOPs</source>
        <translation>前向 FLOPs</translation>
    </message>
    <message>
        <source>Share of peak</source>
        <translation>峰值占比</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>可训练</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Unfreeze “%1”</source>
        <translation>解冻“%1”</translation>
    </message>
    <message>
        <source>Freeze “%1”</source>
        <translation>冻结“%1”</translation>
    </message>
</context>
<context>
    <name>memplanner::LayerTablePanel</name>
    <message>
        <source>Filter layers by name or type…</source>
        <translation>按名称或类型筛选层…</translation>
    </message>
</context>
<context>
    <name>memplanner::MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>New projects will target: %1</source>
        <translation>新项目的目标设备：%1</translation>
    </message>
    <message>
        <source>Add input “%1”</source>
        <translation>添加输入“%1”</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>All supported (*.memplan *.onnx *.json);;MemPlanner projects (*.memplan);;ONNX models (*.onnx);;Keras model JSON (*.json)</source>
        <translation>所有支持的格式 (*.memplan *.onnx *.json);;MemPlanner 项目 (*.memplan);;ONNX 模型 (*.onnx);;Keras 模型 JSON (*.json)</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;Keras model JSON (*.json)</source>
        <translation>ONNX 模型 (*.onnx);;Keras 模型 JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>MemPlanner projects (*.memplan)</source>
        <translation>MemPlanner 项目 (*.memplan)</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>一个未保存的项目</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>MemPlanner did not close properly. Work on %1 was saved automatically at %2. Recover it?</source>
        <translation>MemPlanner 未正常关闭。%1 的工作已于 %2 自动保存。是否恢复？</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>%1[*] — MemPlanner</source>
        <translation>%1[*] — MemPlanner</translation>
    </message>
    <message>
        <source>Cannot plan: see the summary</source>
        <translation>无法规划：请查看摘要</translation>
    </message>
    <message>
        <source>Peak %1 (%2 ms)</source>
        <translation>峰值内存 %1（%2 ms）</translation>
    </message>
    <message>
        <source>No target device chosen</source>
        <translation>未选择目标设备</translation>
    </message>
    <message>
        <source>Fits %1 (%2 free)</source>
        <translation>%1 放得下（剩余 %2）</translation>
    </message>
    <message>
        <source>Does not fit %1 (short by %2)</source>
        <translation>%1 放不下（缺少 %2）</translation>
    </message>
    <message>
        <source>About MemPlanner</source>
        <translation>关于 MemPlanner</translation>
    </message>
    <message>
        <source>&lt;b&gt;MemPlanner %1&lt;/b&gt;&lt;p&gt;Plans the memory and compute of training a neural network before you train: weights, gradients, optimizer state, activations, workspace and runtime overhead, against the devices you have.&lt;/p&gt;&lt;p&gt;PyTorch eager autograd is the reference semantics.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MemPlanner %1&lt;/b&gt;&lt;p&gt;在训练之前规划神经网络训练所需的内存与计算量：权重、梯度、优化器状态、激活值、工作空间和运行时开销，并与你拥有的设备进行对照。&lt;/p&gt;&lt;p&gt;以 PyTorch eager 模式下的 autograd 作为参考语义。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>打开最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import ONNX or Keras…</source>
        <translation>导入 ONNX 或 Keras(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;rrange graph</source>
        <translation>排列计算图(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit graph to window</source>
        <translation>缩放计算图以适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About MemPlanner</source>
        <translation>关于 MemPlanner(&amp;A)</translation>
    </message>
    <message>
        <source>Binary (MiB, GiB)</source>
        <translation>二进制（MiB、GiB）</translation>
    </message>
    <message>
        <source>Decimal (MB, GB)</source>
        <translation>十进制（MB、GB）</translation>
    </message>
    <message>
        <source>Use current devices for new projects</source>
        <translation>将当前设备用于新项目</translation>
    </message>
    <message>
        <source>Layers palette</source>
        <translation>层面板</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Layer table</source>
        <translation>层表格</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Plan neural-network memory before you train.</source>
        <translation>在训练前规划神经网络的内存。</translation>
    </message>
    <message>
        <source>Interface language: en, vi or zh_CN.</source>
        <translation>界面语言：en、vi 或 zh_CN。</translation>
    </message>
    <message>
        <source>Open a built-in example, e.g. resnet50.</source>
        <translation>打开内置示例，例如 resnet50。</translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit (for documentation).</source>
        <translation>将窗口截图保存为 PNG 文件后退出（用于文档）。</translation>
    </message>
    <message>
        <source>A .memplan project, an .onnx model or a Keras JSON file to open.</source>
        <translation>要打开的 .memplan 项目、.onnx 模型或 Keras JSON 文件。</translation>
    </message>
    <message>
        <source>Select these layers (comma-separated) once the file is open.</source>
        <translation>文件打开后选中这些层（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Charts and trade-offs</source>
        <translation>图表与权衡</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Start on the charts instead of the graph, on tab N (0: breakdown … 6: make it fit).</source>
        <translation>启动时显示图表而非计算图，并打开第 N 个标签页（0：构成 … 6：让它放得下）。</translation>
    </message>
</context>
<context>
    <name>memplanner::PalettePanel</name>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Graph input</source>
        <translation>计算图输入</translation>
    </message>
    <message>
        <source>A data tensor fed to the network (images, tokens, labels).</source>
        <translation>输入网络的数据张量（图像、词元、标签）。</translation>
    </message>
    <message>
        <source>Double-click or drag onto the graph to add a %1 layer.</source>
        <translation>双击或拖到计算图上以添加 %1 层。</translation>
    </message>
</context>
<context>
    <name>memplanner::PropertiesPanel</name>
    <message>
        <source>Select a layer in the graph or the table to edit it.</source>
        <translation>在计算图或表格中选择一个层进行编辑。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — graph input</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 计算图输入</translation>
    </message>
    <message>
        <source>Sizes separated by commas; “batch” and “seq” follow the configuration.</source>
        <translation>以逗号分隔的尺寸；“batch”和“seq”随配置而定。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>形状：</translation>
    </message>
    <message>
        <source>Element type:</source>
        <translation>元素类型：</translation>
    </message>
    <message>
        <source>“%1” is not a shape: use positive sizes, “batch” or “seq”, separated by commas.</source>
        <translation>“%1”不是有效的形状：请使用正整数尺寸、“batch”或“seq”，以逗号分隔。</translation>
    </message>
    <message>
        <source>Edit input “%1”</source>
        <translation>编辑输入“%1”</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>none (connect one in the graph)</source>
        <translation>无（请在计算图中连接一个）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n layers&lt;/b&gt; of type %1 — edits apply to all</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个层&lt;/b&gt;，类型为 %1 — 修改将应用于全部</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n layers&lt;/b&gt; of different types</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个层&lt;/b&gt;，类型各不相同</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainable (unchecked: frozen)</source>
        <translation>可训练（取消勾选：冻结）</translation>
    </message>
    <message>
        <source>Apply attributes</source>
        <translation>应用属性</translation>
    </message>
    <message>
        <source>Attributes (JSON):</source>
        <translation>属性（JSON）：</translation>
    </message>
    <message>
        <source>The attributes are not a JSON object: %1</source>
        <translation>属性不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>Edit attributes of “%1”</source>
        <translation>编辑“%1”的属性</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>as the op decides</source>
        <translation>由算子决定</translation>
    </message>
    <message>
        <source>several values</source>
        <translation>多个不同的值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set %1 of “%2”</source>
        <translation>设置“%2”的 %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n layers</source>
        <translation>
            <numerusform>设置 %n 个层的 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n layers</source>
        <translation>
            <numerusform>解冻 %n 个层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n layers</source>
        <translation>
            <numerusform>冻结 %n 个层</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memplanner::ReportPreviewDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
</context>
<context>
    <name>memplanner::SummaryPanel</name>
    <message>
        <source>Cannot plan this graph</source>
        <translation>无法规划此计算图</translation>
    </message>
    <message>
        <source>Peak %1</source>
        <translation>峰值内存 %1</translation>
    </message>
    <message>
        <source>Tensors %1 + runtime overhead %2. The peak is in the %3 at %4%5.</source>
        <translation>张量 %1 + 运行时开销 %2。峰值出现在%3阶段，位置：%4%5。</translation>
    </message>
    <message>
        <source>the step's start</source>
        <translation>该步开始处</translation>
    </message>
    <message>
        <source> (recomputing a checkpointed segment)</source>
        <translation> （重计算某个检查点分段时）</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <source>%1 parameters (%2 trainable) · compute per step %3 (forward %4, backward %5, recompute %6) · planned in %7</source>
        <translation>%1 个参数（可训练 %2） · 每步计算量 %3（前向 %4，反向 %5，重计算 %6） · 规划耗时 %7</translation>
    </message>
    <message>
        <source>fits, %1 free</source>
        <translation>放得下，剩余 %1</translation>
    </message>
    <message>
        <source>misses by %1</source>
        <translation>放不下，缺少 %1</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>At the peak</source>
        <translation>峰值时</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Peak there</source>
        <translation>该设备上的峰值</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>最大批量</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target devices&lt;/b&gt; (choose them in Configuration)</source>
        <translation>&lt;b&gt;目标设备&lt;/b&gt;（在“配置”面板中选择）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;警告&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>memplanner::ThroughputModel</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 样本/s</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Epoch time</source>
        <translation>迭代周期时间</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>memplanner::TimelineModel</name>
    <message>
        <source>%1 (recompute)</source>
        <translation>%1（重计算）</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
</context>
<context>
    <name>memplanner::TopLayersModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Saved for backward</source>
        <translation>为反向传播保存</translation>
    </message>
    <message>
        <source>Share of the peak</source>
        <translation>峰值占比</translation>
    </message>
</context>
</TS>