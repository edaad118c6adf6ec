<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
<context>
    <name>AnalysedGraph</name>
    <message>
        <source>The graph has a cycle through: %1.</source>
        <translation>Đồ thị có chu trình đi qua: %1.</translation>
    </message>
    <message>
        <source>A graph input has no name.</source>
        <translation>Một đầu vào của đồ thị không có tên.</translation>
    </message>
    <message>
        <source>The name “%1” is used twice.</source>
        <translation>Tên “%1” bị dùng hai lần.</translation>
    </message>
    <message>
        <source>A node of type %1 has no name.</source>
        <translation>Một nút kiểu %1 không có tên.</translation>
    </message>
    <message>
        <source>Input “%1” has a dimension of %2; sizes must be positive.</source>
        <translation>Đầu vào “%1” có một chiều bằng %2; kích thước phải dương.</translation>
    </message>
    <message>
        <source>Node “%1” reads output %2 of “%3”, which has no such output.</source>
        <translation>Nút “%1” đọc đầu ra %2 của “%3”, nhưng “%3” không có đầu ra đó.</translation>
    </message>
    <message>
        <source>Node “%1” reads “%2”, which is neither a graph input nor a node.</source>
        <translation>Nút “%1” đọc “%2”, nhưng đó không phải đầu vào của đồ thị cũng không phải một nút.</translation>
    </message>
    <message>
        <source>Node “%1” ties its weight to “%2”, which is not an earlier node's parameter.</source>
        <translation>Nút “%1” gắn trọng số của nó với “%2”, nhưng đó không phải tham số của một nút phía trước.</translation>
    </message>
    <message>
        <source>Node “%1” ties its weight to “%2”, whose shape differs.</source>
        <translation>Nút “%1” gắn trọng số của nó với “%2”, nhưng hai bên có hình dạng khác nhau.</translation>
    </message>
    <message>
        <source>Node “%1” has an unknown operation “%2”.</source>
        <translation>Nút “%1” dùng phép toán không xác định “%2”.</translation>
    </message>
    <message>
        <source>Node “%1” (%2) has %3 inputs; it takes %4 to %5.</source>
        <translation>Nút “%1” (%2) có %3 đầu vào; phép toán này nhận từ %4 đến %5 đầu vào.</translation>
    </message>
    <message>
        <source>Node “%1” produces an empty tensor.</source>
        <translation>Nút “%1” tạo ra một tensor rỗng.</translation>
    </message>
    <message>
        <source>The graph has no nodes.</source>
        <translation>Đồ thị không có nút nào.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1 (got %1).</source>
        <translation>Kích thước batch phải ít nhất là 1 (nhận được %1).</translation>
    </message>
    <message>
        <source>The sequence length must be at least 1 (got %1).</source>
        <translation>Độ dài chuỗi phải ít nhất là 1 (nhận được %1).</translation>
    </message>
    <message>
        <source>The batch size or sequence length is absurdly large.</source>
        <translation>Kích thước batch hoặc độ dài chuỗi lớn vô lý.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>batch %1</translation>
    </message>
    <message>
        <source>The graph's structure changes with the batch size; sizes are exact only at batch %1.</source>
        <translation>Cấu trúc của đồ thị thay đổi theo kích thước batch; các kích thước chỉ chính xác tại batch %1.</translation>
    </message>
    <message>
        <source>Sizes overflow 64 bits just above batch %1.</source>
        <translation>Kích thước vượt quá 64 bit ngay khi batch lớn hơn %1.</translation>
    </message>
    <message>
        <source>The graph is valid only at batch %1 (a shape fixes the batch); sizes do not scale with the batch.</source>
        <translation>Đồ thị chỉ hợp lệ tại batch %1 (một hình dạng cố định batch); kích thước không thay đổi theo batch.</translation>
    </message>
    <message>
        <source>“%1” would need %2 PiB for one tensor: a dimension is absurdly large.</source>
        <translation>“%1” sẽ cần %2 PiB cho một tensor: có một chiều lớn vô lý.</translation>
    </message>
    <message>
        <source>input “%1”</source>
        <translation>đầu vào “%1”</translation>
    </message>
    <message>
        <source>node “%1”</source>
        <translation>nút “%1”</translation>
    </message>
    <message>
        <source>the parameters of node “%1”</source>
        <translation>tham số của nút “%1”</translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>Cannot write the recovery file “%1”: %2</source>
        <translation>Không ghi được tệp khôi phục “%1”: %2</translation>
    </message>
</context>
<context>
    <name>BatchSweep</name>
    <message>
        <source>no checkpointing</source>
        <translation>không checkpoint</translation>
    </message>
    <message>
        <source>√n segments</source>
        <translation>√n đoạn</translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <translation>
            <numerusform>%n đoạn</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpointing for a budget</source>
        <translation>checkpoint theo hạn mức</translation>
    </message>
    <message>
        <source>%1 · inference</source>
        <translation>%1 · suy luận</translation>
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
        <translation>%1 phải là số nguyên từ %2 trở lên, chứ không phải “%3”.</translation>
    </message>
    <message>
        <source>%1 is absurdly large (%2).</source>
        <translation>%1 lớn vô lý (%2).</translation>
    </message>
    <message>
        <source>%1 must not be negative, not “%2”.</source>
        <translation>%1 không được là số âm (nhận được “%2”).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not “%3”.</source>
        <translation>%1 phải là một trong %2, chứ không phải “%3”.</translation>
    </message>
    <message>
        <source>%1 needs exactly one %2 (got %3).</source>
        <translation>%1 cần đúng một %2 (nhận được %3).</translation>
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
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Buffers (e.g. BatchNorm running statistics) are not counted: they are assumed folded into the weights for deployment.</source>
        <translation>Không tính các buffer (ví dụ thống kê chạy của BatchNorm): giả định chúng đã được gộp vào trọng số khi triển khai.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 parameters, batch %4, runtime %5</source>
        <translation>%1 (%2): %3 tham số, batch %4, runtime %5</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Phần tử</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ban đầu</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Siêu dữ liệu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>dày đặc</translation>
    </message>
    <message>
        <source>%1 smaller tensors</source>
        <translation>%1 tensor nhỏ hơn</translation>
    </message>
    <message>
        <source>all %1 tensors</source>
        <translation>tất cả %1 tensor</translation>
    </message>
    <message>
        <source>Weights: %1 → %2, %3 smaller; non-zeros %4; CSR pays above %5 % sparsity.</source>
        <translation>Trọng số: %1 → %2, nhỏ hơn %3; phần tử khác 0: %4; CSR có lợi khi độ thưa trên %5 %.</translation>
    </message>
    <message>
        <source>Inference memory: %1 = weights %2 + activations and inputs %3 + workspace %4 (the runtime adds %5)</source>
        <translation>Bộ nhớ suy luận: %1 = trọng số %2 + giá trị kích hoạt và đầu vào %3 + vùng nhớ làm việc %4 (runtime cộng thêm %5)</translation>
    </message>
    <message>
        <source>Fits %1 (%2 usable), headroom %3.</source>
        <translation>Vừa với %1 (dùng được %2), còn dư %3.</translation>
    </message>
    <message>
        <source>Does NOT fit %1 (%2 usable): short by %3.</source>
        <translation>KHÔNG vừa với %1 (dùng được %2): thiếu %3.</translation>
    </message>
    <message>
        <source>Latency on %1: %2 (%3-bound; compute %4, memory %5); %6 and %7 moved, intensity %8 FLOP/B, ridge %9 FLOP/B.</source>
        <translation>Độ trễ trên %1: %2 (giới hạn bởi %3; tính toán %4, bộ nhớ %5); khối lượng %6, dữ liệu di chuyển %7, cường độ tính toán %8 FLOP/B, điểm gãy %9 FLOP/B.</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>bộ nhớ</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>tính toán</translation>
    </message>
    <message>
        <source>Plan the host RAM (CPU memory) of a training process: runtime, dataset, data loader, pinned buffers and a host copy of the model.</source>
        <translation>Lập kế hoạch RAM máy chủ (bộ nhớ CPU) của một tiến trình huấn luyện: runtime, tập dữ liệu, bộ nạp dữ liệu, bộ đệm ghim và bản sao mô hình trên máy chủ.</translation>
    </message>
    <message>
        <source>Runtime baseline: pytorch (391,000,000 B) or none (default: pytorch).</source>
        <translation>Mức nền của runtime: pytorch (391.000.000 B) hoặc none (mặc định: pytorch).</translation>
    </message>
    <message>
        <source>Dataset rows.</source>
        <translation>Số hàng của tập dữ liệu.</translation>
    </message>
    <message>
        <source>Dataset columns.</source>
        <translation>Số cột của tập dữ liệu.</translation>
    </message>
    <message>
        <source>Bytes per value (default 8: pandas' float64/int64).</source>
        <translation>Số byte mỗi giá trị (mặc định 8: float64/int64 của pandas).</translation>
    </message>
    <message>
        <source>Copies of the data alive together, e.g. 2 during a DataFrame-to-tensor conversion (default 1).</source>
        <translation>Số bản sao dữ liệu cùng tồn tại, ví dụ 2 khi chuyển DataFrame sang tensor (mặc định 1).</translation>
    </message>
    <message>
        <source>memory (the whole table) or stream (chunks); default memory.</source>
        <translation>memory (cả bảng) hoặc stream (từng khối); mặc định memory.</translation>
    </message>
    <message>
        <source>Streamed: rows per chunk (read_csv chunksize).</source>
        <translation>Khi đọc từng khối: số hàng mỗi khối (chunksize của read_csv).</translation>
    </message>
    <message>
        <source>Streamed: chunks resident at once, the one in use included (default 2).</source>
        <translation>Khi đọc từng khối: số khối cùng nằm trong bộ nhớ, kể cả khối đang dùng (mặc định 2).</translation>
    </message>
    <message>
        <source>DataLoader num_workers (default 0).</source>
        <translation>num_workers của DataLoader (mặc định 0).</translation>
    </message>
    <message>
        <source>Batches each worker loads ahead (default 2).</source>
        <translation>Số batch mỗi worker nạp trước (mặc định 2).</translation>
    </message>
    <message>
        <source>Extra RSS per worker process (default: the runtime baseline, as with the spawn start method).</source>
        <translation>RSS tăng thêm của mỗi tiến trình worker (mặc định: mức nền của runtime, như với phương thức khởi động spawn).</translation>
    </message>
    <message>
        <source>Every worker holds its own copy of the dataset.</source>
        <translation>Mỗi worker giữ một bản sao tập dữ liệu riêng.</translation>
    </message>
    <message>
        <source>Samples per batch.</source>
        <translation>Số mẫu mỗi batch.</translation>
    </message>
    <message>
        <source>Bytes of one sample as the loader yields it.</source>
        <translation>Số byte của một mẫu do bộ nạp trả về.</translation>
    </message>
    <message>
        <source>Page-locked staging buffers, one batch each (pin_memory).</source>
        <translation>Bộ đệm trung chuyển ghim trang (page-locked), mỗi bộ chứa một batch (pin_memory).</translation>
    </message>
    <message>
        <source>Host copy of the model, in bytes (e.g. a loaded state_dict).</source>
        <translation>Bản sao mô hình trên máy chủ, tính bằng byte (ví dụ một state_dict đã nạp).</translation>
    </message>
    <message>
        <source>Take the host copy from a model's fp32 parameters and buffers (.memplan or builtin:NAME).</source>
        <translation>Lấy kích thước bản sao trên máy chủ từ tham số và buffer fp32 của một mô hình (.memplan hoặc builtin:NAME).</translation>
    </message>
    <message>
        <source>Anything else to count.</source>
        <translation>Những thứ khác cần tính thêm.</translation>
    </message>
    <message>
        <source>Check against a device profile's host RAM (see the devices verb).</source>
        <translation>Kiểm tra với RAM máy chủ trong hồ sơ thiết bị (xem lệnh devices).</translation>
    </message>
    <message>
        <source>Host RAM available, e.g. 12.7GiB.</source>
        <translation>RAM máy chủ khả dụng, ví dụ 12.7GiB.</translation>
    </message>
    <message>
        <source>Also print RAM against dataset rows, from 0 to N.</source>
        <translation>In thêm RAM theo số hàng của tập dữ liệu, từ 0 đến N.</translation>
    </message>
    <message>
        <source>Points of the row sweep (default 11).</source>
        <translation>Số điểm khi quét số hàng (mặc định 11).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Định dạng đầu ra: text hoặc json.</translation>
    </message>
    <message>
        <source>Language of text output: en, vi, zh_CN.</source>
        <translation>Ngôn ngữ của đầu ra dạng văn bản: en, vi, zh_CN.</translation>
    </message>
    <message>
        <source>A JSON file of your own device profiles (override by id).</source>
        <translation>Tệp JSON chứa hồ sơ thiết bị của riêng bạn (ghi đè theo id).</translation>
    </message>
    <message>
        <source>ram takes no positional arguments (got “%1”).</source>
        <translation>ram không nhận đối số vị trí nào (nhận được “%1”).</translation>
    </message>
    <message>
        <source>--loading stream needs --chunk-rows N (rows per chunk).</source>
        <translation>--loading stream cần --chunk-rows N (số hàng mỗi khối).</translation>
    </message>
    <message>
        <source>--workers and --pinned count batches: give --batch N and --sample-bytes SIZE too.</source>
        <translation>--workers và --pinned được tính theo batch: hãy cho thêm --batch N và --sample-bytes SIZE.</translation>
    </message>
    <message>
        <source>Give either --model-bytes or --model, not both.</source>
        <translation>Chỉ cho --model-bytes hoặc --model, không cho cả hai.</translation>
    </message>
    <message>
        <source>Give either --device or --capacity, not both.</source>
        <translation>Chỉ cho --device hoặc --capacity, không cho cả hai.</translation>
    </message>
    <message>
        <source>--device %1 has no host RAM figure; use --capacity SIZE.</source>
        <translation>--device %1 không có số liệu RAM máy chủ; hãy dùng --capacity SIZE.</translation>
    </message>
    <message>
        <source>--points is absurdly large (%1).</source>
        <translation>--points lớn vô lý (%1).</translation>
    </message>
    <message>
        <source>Host RAM of the process</source>
        <translation>RAM máy chủ của tiến trình</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Dễ đọc</translation>
    </message>
    <message>
        <source>Dataset: %1 rows × %2 columns × %3 bytes, %4.</source>
        <translation>Tập dữ liệu: %1 hàng × %2 cột × %3 byte, %4.</translation>
    </message>
    <message>
        <source>loaded in memory</source>
        <translation>nạp toàn bộ vào bộ nhớ</translation>
    </message>
    <message>
        <source>streamed in chunks of %1 rows, %2 resident</source>
        <translation>đọc từng khối %1 hàng, %2 khối nằm trong bộ nhớ</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <source>Fits %1 (%2): headroom %3.</source>
        <translation>Vừa với %1 (%2): còn dư %3.</translation>
    </message>
    <message>
        <source>Does NOT fit %1 (%2): short by %3.</source>
        <translation>KHÔNG vừa với %1 (%2): thiếu %3.</translation>
    </message>
    <message>
        <source>RAM against dataset rows</source>
        <translation>RAM theo số hàng của tập dữ liệu</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số hàng</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>Nạp toàn bộ</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Đọc từng khối</translation>
    </message>
    <message>
        <source>(No --chunk-rows: the streamed column repeats the in-memory one.)</source>
        <translation>(Không có --chunk-rows: cột “Đọc từng khối” lặp lại cột “Nạp toàn bộ”.)</translation>
    </message>
    <message>
        <source>Read a CSV once and recommend the smallest safe pandas dtype per column, with the memory each costs (memory_usage(deep=True)).</source>
        <translation>Đọc tệp CSV một lần và đề xuất dtype pandas nhỏ nhất mà an toàn cho từng cột, kèm lượng bộ nhớ mỗi lựa chọn tiêu tốn (memory_usage(deep=True)).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Tệp CSV.</translation>
    </message>
    <message>
        <source>Field delimiter, one character (default “,”; “tab” or \t for tabs).</source>
        <translation>Ký tự phân cách trường, một ký tự (mặc định “,”; “tab” hoặc \t cho ký tự tab).</translation>
    </message>
    <message>
        <source>The first line is data; columns are named 0, 1, 2, …</source>
        <translation>Dòng đầu tiên là dữ liệu; các cột được đặt tên 0, 1, 2, …</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--delimiter must be one ASCII character other than a quote or a line break, not “%1”.</source>
        <translation>--delimiter phải là một ký tự ASCII khác dấu nháy kép và ký tự xuống dòng, chứ không phải “%1”.</translation>
    </message>
    <message>
        <source>The CSV file “%1” does not exist.</source>
        <translation>Tệp CSV “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” is a directory, not a CSV file.</source>
        <translation>“%1” là thư mục, không phải tệp CSV.</translation>
    </message>
    <message>
        <source>Reading… %1 %</source>
        <translation>Đang đọc… %1 %</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns, %4 read</source>
        <translation>%1: %2 hàng, %3 cột, đã đọc %4</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Default bytes</source>
        <translation>Byte mặc định</translation>
    </message>
    <message>
        <source>Recommended bytes</source>
        <translation>Byte đề xuất</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Saving: %1 of %2 (%3 %).</source>
        <translation>Tiết kiệm: %1 trên %2 (%3 %).</translation>
    </message>
    <message>
        <source>Malformed rows skipped: %1 (first at line %2).</source>
        <translation>Đã bỏ qua các hàng sai định dạng: %1 (đầu tiên tại dòng %2).</translation>
    </message>
    <message>
        <source>Malformed rows: none.</source>
        <translation>Hàng sai định dạng: không có.</translation>
    </message>
    <message>
        <source>pandas: %1</source>
        <translation>pandas: %1</translation>
    </message>
    <message>
        <source>Size a model for deployment after pruning, weight sharing or int8/int4 quantisation: compressed weights, inference memory and a roofline latency on a device.</source>
        <translation>Ước lượng kích thước mô hình khi triển khai sau khi tỉa, chia sẻ trọng số hoặc lượng tử hóa int8/int4: trọng số đã nén, bộ nhớ suy luận và độ trễ theo mô hình roofline trên một thiết bị.</translation>
    </message>
    <message>
        <source>A .memplan file or builtin:NAME.</source>
        <translation>Một tệp .memplan hoặc builtin:NAME.</translation>
    </message>
    <message>
        <source>Inputs per inference (default 1).</source>
        <translation>Số đầu vào mỗi lần suy luận (mặc định 1).</translation>
    </message>
    <message>
        <source>Sequence length for inputs with a sequence dimension.</source>
        <translation>Độ dài chuỗi cho các đầu vào có chiều chuỗi.</translation>
    </message>
    <message>
        <source>Fraction of matrix weights pruned, 0 ≤ s &lt; 1 (default 0).</source>
        <translation>Tỉ lệ trọng số ma trận bị tỉa, 0 ≤ s &lt; 1 (mặc định 0).</translation>
    </message>
    <message>
        <source>Pruned tensors stored dense, csr or auto (the smaller; default).</source>
        <translation>Cách lưu tensor đã tỉa: dense, csr hoặc auto (chọn dạng nhỏ hơn; mặc định).</translation>
    </message>
    <message>
        <source>Weight sharing with K shared values per tensor (0: off).</source>
        <translation>Chia sẻ trọng số với K giá trị dùng chung cho mỗi tensor (0: tắt).</translation>
    </message>
    <message>
        <source>Integer quantisation: none, int8 or int4 (default none).</source>
        <translation>Lượng tử hóa số nguyên: none, int8 hoặc int4 (mặc định none).</translation>
    </message>
    <message>
        <source>Quantisation scales per tensor, channel (default) or group.</source>
        <translation>Hệ số tỉ lệ lượng tử hóa theo tensor, channel (mặc định) hoặc group.</translation>
    </message>
    <message>
        <source>Elements per scale with --granularity group (default 128).</source>
        <translation>Số phần tử mỗi hệ số tỉ lệ khi dùng --granularity group (mặc định 128).</translation>
    </message>
    <message>
        <source>Bits per quantisation scale: 16 (default) or 32.</source>
        <translation>Số bit mỗi hệ số tỉ lệ lượng tử hóa: 16 (mặc định) hoặc 32.</translation>
    </message>
    <message>
        <source>Asymmetric quantisation: a zero-point per scale.</source>
        <translation>Lượng tử hóa bất đối xứng: mỗi hệ số tỉ lệ có một zero-point.</translation>
    </message>
    <message>
        <source>Device to deploy on (default rpi4-4gb; see the devices verb).</source>
        <translation>Thiết bị để triển khai (mặc định rpi4-4gb; xem lệnh devices).</translation>
    </message>
    <message>
        <source>A distilled student to compare with MODEL (same recipe and device).</source>
        <translation>Một mô hình trò đã chưng cất để so sánh với MODEL (cùng công thức và thiết bị).</translation>
    </message>
    <message>
        <source>A JSON file of your own runtime profiles (override by id).</source>
        <translation>Tệp JSON chứa hồ sơ runtime của riêng bạn (ghi đè theo id).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>--sparsity must be a fraction at least 0 and below 1, not “%1”.</source>
        <translation>--sparsity phải là một tỉ lệ từ 0 đến dưới 1, chứ không phải “%1”.</translation>
    </message>
    <message>
        <source>--clusters must be 0 (off) or 2 to 16,777,216, not %1.</source>
        <translation>--clusters phải là 0 (tắt) hoặc từ 2 đến 16.777.216, chứ không phải %1.</translation>
    </message>
    <message>
        <source>--clusters and --quant cannot be combined: choose weight sharing or integer quantisation.</source>
        <translation>Không thể kết hợp --clusters và --quant: hãy chọn chia sẻ trọng số hoặc lượng tử hóa số nguyên.</translation>
    </message>
    <message>
        <source>--granularity, --group-size, --scale-bits and --zero-points need --quant int8 or int4.</source>
        <translation>--granularity, --group-size, --scale-bits và --zero-points cần --quant int8 hoặc int4.</translation>
    </message>
    <message>
        <source>--group-size needs --granularity group.</source>
        <translation>--group-size cần --granularity group.</translation>
    </message>
    <message>
        <source>%1 has no int8 peak; timed at its float32 rate.</source>
        <translation>%1 không có số liệu đỉnh int8; thời gian được tính theo tốc độ float32.</translation>
    </message>
    <message>
        <source>--device %1 has no FLOP/s or bandwidth figure to time on.</source>
        <translation>--device %1 không có số liệu FLOP/s hoặc băng thông để tính thời gian.</translation>
    </message>
    <message>
        <source>%1 % pruned (%2)</source>
        <translation>tỉa %1 % (%2)</translation>
    </message>
    <message>
        <source>%1-cluster weight sharing</source>
        <translation>chia sẻ trọng số với %1 cụm</translation>
    </message>
    <message>
        <source>%1, groups of %2, %3-bit scales</source>
        <translation>%1, nhóm %2 phần tử, hệ số tỉ lệ %3 bit</translation>
    </message>
    <message>
        <source>%1 per %2, %3-bit scales</source>
        <translation>%1 theo %2, hệ số tỉ lệ %3 bit</translation>
    </message>
    <message>
        <source>no compression (fp32)</source>
        <translation>không nén (fp32)</translation>
    </message>
    <message>
        <source>Recipe: %1; device %2 (%3).</source>
        <translation>Công thức: %1; thiết bị %2 (%3).</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mô hình trò</translation>
    </message>
    <message>
        <source>Teacher / student: parameters %1, weight bytes %2, inference memory %3, FLOPs %4, speed-up %5.</source>
        <translation>Thầy / trò: tham số %1, byte trọng số %2, bộ nhớ suy luận %3, FLOP %4, tăng tốc %5.</translation>
    </message>
    <message>
        <source>Per-GPU memory of data-parallel training under DDP, ZeRO stages 1–3 or FSDP, with CPU offload and tensor parallelism; activations from MemPlanner's own plan.</source>
        <translation>Bộ nhớ mỗi GPU khi huấn luyện song song dữ liệu với DDP, ZeRO giai đoạn 1–3 hoặc FSDP, có offload sang CPU và song song tensor; giá trị kích hoạt lấy từ bản kế hoạch của chính MemPlanner.</translation>
    </message>
    <message>
        <source>Number of GPUs (N ≥ 1).</source>
        <translation>Số GPU (N ≥ 1).</translation>
    </message>
    <message>
        <source>ddp, zero1, zero2, zero3 or fsdp (default ddp).</source>
        <translation>ddp, zero1, zero2, zero3 hoặc fsdp (mặc định ddp).</translation>
    </message>
    <message>
        <source>fp32, amp-bf16, amp-fp16, bf16-master or fp16-master (default bf16-master: ZeRO's 2 + 2 bytes of weights and gradients, 4 + 8 of optimizer states).</source>
        <translation>fp32, amp-bf16, amp-fp16, bf16-master hoặc fp16-master (mặc định bf16-master: như trong ZeRO, 2 + 2 byte cho trọng số và gradient, 4 + 8 byte cho trạng thái bộ tối ưu).</translation>
    </message>
    <message>
        <source>Optimizer (default: the model's, else adam).</source>
        <translation>Bộ tối ưu (mặc định: của mô hình, nếu không có thì adam).</translation>
    </message>
    <message>
        <source>CPU offload: none (default), optimizer, or params (ZeRO-3/FSDP).</source>
        <translation>Offload sang CPU: none (mặc định), optimizer hoặc params (ZeRO-3/FSDP).</translation>
    </message>
    <message>
        <source>Tensor-parallel degree t (default 1); N must be a multiple of t.</source>
        <translation>Bậc song song tensor t (mặc định 1); N phải là bội số của t.</translation>
    </message>
    <message>
        <source>Gradient accumulation steps (default 1).</source>
        <translation>Số bước tích lũy gradient (mặc định 1).</translation>
    </message>
    <message>
        <source>Micro-batch per GPU (default: the model's batch).</source>
        <translation>Micro-batch trên mỗi GPU (mặc định: batch của mô hình).</translation>
    </message>
    <message>
        <source>Gradient checkpointing of the activation plan: none, sqrt, N or budget=SIZE.</source>
        <translation>Gradient checkpointing cho kế hoạch giá trị kích hoạt: none, sqrt, N hoặc budget=SIZE.</translation>
    </message>
    <message>
        <source>Gradient bucket / reduce bucket size (default 25MiB).</source>
        <translation>Kích thước bucket gradient / bucket reduce (mặc định 25MiB).</translation>
    </message>
    <message>
        <source>ZeRO-3/FSDP: parameters of the largest unit gathered at once.</source>
        <translation>ZeRO-3/FSDP: số tham số của đơn vị lớn nhất được gom cùng lúc.</translation>
    </message>
    <message>
        <source>GPU profile for the capacity and runtime (see the devices verb).</source>
        <translation>Hồ sơ GPU dùng cho dung lượng và runtime (xem lệnh devices).</translation>
    </message>
    <message>
        <source>shard needs --gpus N.</source>
        <translation>shard cần --gpus N.</translation>
    </message>
    <message>
        <source>--sharding must be one of %1, not “%2”.</source>
        <translation>--sharding phải là một trong %1, chứ không phải “%2”.</translation>
    </message>
    <message>
        <source>--offload needs --sharding zero1, zero2, zero3 or fsdp, not ddp.</source>
        <translation>--offload cần --sharding zero1, zero2, zero3 hoặc fsdp, không dùng được với ddp.</translation>
    </message>
    <message>
        <source>--offload params needs --sharding zero3 or fsdp.</source>
        <translation>--offload params cần --sharding zero3 hoặc fsdp.</translation>
    </message>
    <message>
        <source>--gpus %1 is not a multiple of --tp %2.</source>
        <translation>--gpus %1 không phải bội số của --tp %2.</translation>
    </message>
    <message>
        <source>--bucket must be at least 1 byte.</source>
        <translation>--bucket phải ít nhất là 1 byte.</translation>
    </message>
    <message>
        <source>--unit-params %1 exceeds the model's %2 trainable parameters.</source>
        <translation>--unit-params %1 vượt quá %2 tham số huấn luyện được của mô hình.</translation>
    </message>
    <message>
        <source>%1 has no trainable parameters to shard.</source>
        <translation>%1 không có tham số huấn luyện được nào để chia shard.</translation>
    </message>
    <message>
        <source>%1's state is %2 B for %3 parameters; the sharding model counts whole bytes per parameter, so %4 B each (rounded up).</source>
        <translation>Trạng thái của %1 là %2 B cho %3 tham số; mô hình sharding tính số byte nguyên cho mỗi tham số, nên mỗi tham số %4 B (làm tròn lên).</translation>
    </message>
    <message>
        <source>The single-GPU plan also holds %1 of inputs and workspace, and the runtime adds %2 (context, allocator); neither is counted above.</source>
        <translation>Kế hoạch một GPU còn giữ %1 cho đầu vào và vùng nhớ làm việc, và runtime cộng thêm %2 (context, bộ cấp phát); cả hai đều không được tính ở trên.</translation>
    </message>
    <message>
        <source>Tensor parallelism splits every parameter %1 ways here; the activations are the single-GPU plan's, not split.</source>
        <translation>Ở đây song song tensor chia mỗi tham số thành %1 phần; giá trị kích hoạt lấy từ kế hoạch một GPU, không bị chia.</translation>
    </message>
    <message>
        <source>%1 (%2): Ψ = %3 trainable parameters; %4 on %5 GPUs (data parallel %6, tensor parallel %7), %8, %9</source>
        <translation>%1 (%2): Ψ = %3 tham số huấn luyện được; %4 trên %5 GPU (song song dữ liệu %6, song song tensor %7), %8, %9</translation>
    </message>
    <message>
        <source>Bytes per parameter: weights %1, gradients %2, optimizer states K = %3 (master %4 + state %5); micro-batch %6 × %7 accumulation steps → global batch %8.</source>
        <translation>Số byte mỗi tham số: trọng số %1, gradient %2, trạng thái bộ tối ưu K = %3 (master %4 + trạng thái %5); micro-batch %6 × %7 bước tích lũy → batch toàn cục %8.</translation>
    </message>
    <message>
        <source>Per GPU</source>
        <translation>Mỗi GPU</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Trạng thái bộ tối ưu</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Giá trị kích hoạt</translation>
    </message>
    <message>
        <source>Communication buffers</source>
        <translation>Bộ đệm truyền thông</translation>
    </message>
    <message>
        <source>Model states (weights + gradients + optimizer states): %1.</source>
        <translation>Trạng thái mô hình (trọng số + gradient + trạng thái bộ tối ưu): %1.</translation>
    </message>
    <message>
        <source>Host RAM per GPU process (offload): %1.</source>
        <translation>RAM máy chủ cho mỗi tiến trình GPU (offload): %1.</translation>
    </message>
    <message>
        <source>Fits %1 (%2 usable): headroom %3.</source>
        <translation>Vừa với %1 (dùng được %2): còn dư %3.</translation>
    </message>
    <message>
        <source>Per-GPU memory against the number of GPUs</source>
        <translation>Bộ nhớ mỗi GPU theo số GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>Số GPU</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Bộ tối ưu</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Bộ đệm</translation>
    </message>
    <message>
        <source>Largest row count that would fit loaded in memory: %1.</source>
        <translation>Số hàng lớn nhất còn vừa khi nạp toàn bộ vào bộ nhớ: %1.</translation>
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
        <translation>Việc hiệu chỉnh cần ít nhất hai phép đo (nhận được %1).</translation>
    </message>
    <message>
        <source>Measurement “%1” has no positive sizes.</source>
        <translation>Phép đo “%1” có giá trị kích thước không dương.</translation>
    </message>
    <message>
        <source>The measurements do not vary the batch independently of the peak; only a fixed overhead and a fragmentation factor were fitted.</source>
        <translation>Trong các phép đo, batch không thay đổi độc lập với đỉnh tensor; chỉ khớp được chi phí cố định và hệ số phân mảnh.</translation>
    </message>
    <message>
        <source>The measurements are all alike; measure at least two different sizes.</source>
        <translation>Các phép đo đều giống nhau; hãy đo ít nhất hai kích thước khác nhau.</translation>
    </message>
    <message>
        <source>The fitted fragmentation is negative (%1): the plans overestimate these steps, or the measurements are noisy.</source>
        <translation>Hệ số phân mảnh khớp được là số âm (%1): các bản kế hoạch ước lượng quá cao các bước này, hoặc các phép đo bị nhiễu.</translation>
    </message>
    <message numerus="yes">
        <source>%1, calibrated on %n measurement(s)</source>
        <translation>
            <numerusform>%1, hiệu chỉnh dựa trên %n phép đo</numerusform>
        </translation>
    </message>
    <message>
        <source>Least-squares fit of %1 measurements; RMS residual %2 bytes.</source>
        <translation>Khớp bình phương tối thiểu từ %1 phép đo; sai số dư RMS %2 byte.</translation>
    </message>
</context>
<context>
    <name>CheckpointSpec</name>
    <message>
        <source>The checkpoint budget must be positive.</source>
        <translation>Hạn mức bộ nhớ cho checkpoint phải dương.</translation>
    </message>
    <message>
        <source>Unknown checkpoint mode “%1” (use none, sqrt, a segment count or budget=SIZE).</source>
        <translation>Chế độ checkpoint không xác định “%1” (dùng none, sqrt, một số đoạn hoặc budget=SIZE).</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>--mode must be train or infer, not “%1”.</source>
        <translation>--mode phải là train hoặc infer, chứ không phải “%1”.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1, not “%2”.</source>
        <translation>%1 phải là số nguyên từ 1 trở lên, chứ không phải “%2”.</translation>
    </message>
    <message>
        <source>%1 is absurdly large (%2).</source>
        <translation>%1 lớn vô lý (%2).</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not “%1”.</source>
        <translation>--format phải là text, json hoặc csv, chứ không phải “%1”.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Lệnh không xác định “%1”.</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>bản kế hoạch</translation>
    </message>
    <message>
        <source>error: out of memory while planning; the model is too large.</source>
        <translation>lỗi: hết bộ nhớ khi lập kế hoạch; mô hình quá lớn.</translation>
    </message>
    <message>
        <source>Plan the memory and compute of one training step or inference.</source>
        <translation>Lập kế hoạch bộ nhớ và khối lượng tính toán cho một bước huấn luyện hoặc một lần suy luận.</translation>
    </message>
    <message>
        <source>A .memplan file or builtin:NAME.</source>
        <translation>Một tệp .memplan hoặc builtin:NAME.</translation>
    </message>
    <message>
        <source>Write a PDF report.</source>
        <translation>Xuất báo cáo PDF.</translation>
    </message>
    <message>
        <source>plan needs exactly one MODEL.</source>
        <translation>plan cần đúng một MODEL.</translation>
    </message>
    <message>
        <source>PDF reports are not available in this version yet.</source>
        <translation>Phiên bản này chưa hỗ trợ báo cáo PDF.</translation>
    </message>
    <message>
        <source>Peak memory against batch size or checkpoint segments.</source>
        <translation>Bộ nhớ đỉnh theo kích thước batch hoặc số đoạn checkpoint.</translation>
    </message>
    <message>
        <source>Batch sizes, comma-separated (default: powers of two up to 1024).</source>
        <translation>Các kích thước batch, phân cách bằng dấu phẩy (mặc định: các lũy thừa của 2 đến 1024).</translation>
    </message>
    <message>
        <source>sweep needs exactly one MODEL.</source>
        <translation>sweep cần đúng một MODEL.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>batch %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Số đoạn</translation>
    </message>
    <message>
        <source>Tensor peak</source>
        <translation>Đỉnh tensor</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>Đỉnh thiết bị</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <source>Largest batch and the best configurations that fit, per device.</source>
        <translation>Batch lớn nhất và các cấu hình tốt nhất vừa với từng thiết bị.</translation>
    </message>
    <message>
        <source>How many configurations to show per device (text).</source>
        <translation>Số cấu hình hiển thị cho mỗi thiết bị (đầu ra văn bản).</translation>
    </message>
    <message>
        <source>fit needs exactly one MODEL.</source>
        <translation>fit cần đúng một MODEL.</translation>
    </message>
    <message>
        <source>List the device profiles.</source>
        <translation>Liệt kê các hồ sơ thiết bị.</translation>
    </message>
    <message>
        <source>%1  %2: %3 usable, %4 TFLOPS fp32, %5 GB/s</source>
        <translation>%1  %2: dùng được %3, %4 TFLOPS fp32, %5 GB/s</translation>
    </message>
    <message>
        <source>List the operations the planner knows.</source>
        <translation>Liệt kê các phép toán mà bộ lập kế hoạch hỗ trợ.</translation>
    </message>
    <message>
        <source>Batch size (the leading dimension of every input).</source>
        <translation>Kích thước batch (chiều đầu tiên của mọi đầu vào).</translation>
    </message>
    <message>
        <source>Sequence length for inputs with a sequence dimension.</source>
        <translation>Độ dài chuỗi cho các đầu vào có chiều chuỗi.</translation>
    </message>
    <message>
        <source>train or infer.</source>
        <translation>train (huấn luyện) hoặc infer (suy luận).</translation>
    </message>
    <message>
        <source>Optimizer: sgd, momentum, nesterov, adagrad, rmsprop, rmsprop-centered, adam, adamw, lamb, lion, adafactor, adam8bit.</source>
        <translation>Bộ tối ưu: sgd, momentum, nesterov, adagrad, rmsprop, rmsprop-centered, adam, adamw, lamb, lion, adafactor, adam8bit.</translation>
    </message>
    <message>
        <source>Precision: fp32, amp-fp16, amp-bf16, fp16, bf16, fp16-master, bf16-master, int8, int4.</source>
        <translation>Độ chính xác: fp32, amp-fp16, amp-bf16, fp16, bf16, fp16-master, bf16-master, int8, int4.</translation>
    </message>
    <message>
        <source>Gradient checkpointing: none, sqrt, a segment count, or budget=SIZE.</source>
        <translation>Gradient checkpointing: none, sqrt, một số đoạn, hoặc budget=SIZE.</translation>
    </message>
    <message>
        <source>Device ids to check, comma-separated (see the devices verb).</source>
        <translation>Mã các thiết bị cần kiểm tra, phân cách bằng dấu phẩy (xem lệnh devices).</translation>
    </message>
    <message>
        <source>Runtime profile: pytorch-cuda, pytorch-cpu, none (default: each device's own).</source>
        <translation>Hồ sơ runtime: pytorch-cuda, pytorch-cpu, none (mặc định: hồ sơ riêng của từng thiết bị).</translation>
    </message>
    <message>
        <source>Gradients persist between steps (zero_grad(set_to_none=False)).</source>
        <translation>Gradient được giữ lại giữa các bước (zero_grad(set_to_none=False)).</translation>
    </message>
    <message>
        <source>Optimizer implementation: foreach, loop or fused.</source>
        <translation>Cách cài đặt bộ tối ưu: foreach, loop hoặc fused.</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Định dạng đầu ra: text, json hoặc csv.</translation>
    </message>
    <message>
        <source>Language of text output: en, vi, zh_CN.</source>
        <translation>Ngôn ngữ của đầu ra dạng văn bản: en, vi, zh_CN.</translation>
    </message>
    <message>
        <source>A JSON file of your own device profiles (override by id).</source>
        <translation>Tệp JSON chứa hồ sơ thiết bị của riêng bạn (ghi đè theo id).</translation>
    </message>
    <message>
        <source>A JSON file of your own runtime profiles (override by id).</source>
        <translation>Tệp JSON chứa hồ sơ runtime của riêng bạn (ghi đè theo id).</translation>
    </message>
    <message>
        <source>A runtime profile written by the calibrate verb; plans use it.</source>
        <translation>Hồ sơ runtime do lệnh calibrate ghi ra; các bản kế hoạch sẽ dùng hồ sơ này.</translation>
    </message>
    <message>
        <source>%1 holds no runtime profile.</source>
        <translation>%1 không chứa hồ sơ runtime nào.</translation>
    </message>
    <message>
        <source>Usage: memplanner-cli plan|sweep|fit|calibrate|devices|ops|ram|dtypes|deploy|shard [options]; memplanner-cli VERB --help for the options.</source>
        <translation>Cách dùng: memplanner-cli plan|sweep|fit|calibrate|devices|ops|ram|dtypes|deploy|shard [tùy chọn]; chạy memplanner-cli VERB --help để xem các tùy chọn.</translation>
    </message>
    <message>
        <source>Fit a runtime's overhead to your own measurements (tools/measure/measure_pytorch.py records) and save it as a runtime profile.</source>
        <translation>Khớp chi phí runtime theo các phép đo của riêng bạn (bản ghi của tools/measure/measure_pytorch.py) và lưu kết quả thành một hồ sơ runtime.</translation>
    </message>
    <message>
        <source>A JSON-lines file of measurement records.</source>
        <translation>Tệp JSON-lines chứa các bản ghi phép đo.</translation>
    </message>
    <message>
        <source>The model every record measured (default: the built-in network each record names).</source>
        <translation>Mô hình mà mọi bản ghi đã đo (mặc định: mạng có sẵn mà từng bản ghi nêu tên).</translation>
    </message>
    <message>
        <source>Id of the calibrated profile (default: RUNTIME-calibrated).</source>
        <translation>Id của hồ sơ đã hiệu chỉnh (mặc định: RUNTIME-calibrated).</translation>
    </message>
    <message>
        <source>Write the calibrated runtime profile to this file.</source>
        <translation>Ghi hồ sơ runtime đã hiệu chỉnh vào tệp này.</translation>
    </message>
    <message>
        <source>calibrate needs exactly one RECORDS file.</source>
        <translation>calibrate cần đúng một tệp RECORDS.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: no built-in network for “%3”; pass --model.</source>
        <translation>%1, dòng %2: không có mạng có sẵn nào cho “%3”; hãy dùng --model.</translation>
    </message>
    <message>
        <source>%1, line %2: the record has no device_used_bytes.</source>
        <translation>%1, dòng %2: bản ghi không có device_used_bytes.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>Calibrated “%1” on %2 measurements: overhead = %3 + %4 per sample + %5 × tensor peak</source>
        <translation>Đã hiệu chỉnh “%1” dựa trên %2 phép đo: chi phí runtime = %3 + %4 mỗi mẫu + %5 × đỉnh tensor</translation>
    </message>
    <message>
        <source>measured %1, residual %2</source>
        <translation>đo được %1, sai số dư %2</translation>
    </message>
    <message>
        <source>RMS residual %1</source>
        <translation>Sai số dư RMS %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Saved to %1; plan with --calibration %1.</source>
        <translation>Đã lưu vào %1; lập kế hoạch với --calibration %1.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Chiến lược</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không dùng</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>đều nhau</translation>
    </message>
    <message>
        <source>√n</source>
        <translation>√n</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>tối ưu</translation>
    </message>
    <message>
        <source>What to vary: batch, checkpoint, or variants (the batch chart's configurations: batch × precision, checkpointing and optimizer).</source>
        <translation>Đại lượng cần thay đổi: batch, checkpoint hoặc variants (các cấu hình của biểu đồ batch: batch × độ chính xác, gradient checkpointing và bộ tối ưu).</translation>
    </message>
    <message>
        <source>--over must be batch, checkpoint or variants, not “%1”.</source>
        <translation>--over phải là batch, checkpoint hoặc variants, không phải “%1”.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>%1 on %2: largest batch %3</source>
        <translation>%1 trên %2: batch lớn nhất %3</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Also try freezing the first layers (fine-tuning), as the assistant's check box does.</source>
        <translation>Thử thêm phương án đóng băng các lớp đầu (tinh chỉnh), giống như ô đánh dấu trong trợ lý.</translation>
    </message>
</context>
<context>
    <name>CompressionPlanner</name>
    <message>
        <source>The base precision must be 1 to 64 bits (got %1).</source>
        <translation>Độ chính xác gốc phải từ 1 đến 64 bit (nhận được %1).</translation>
    </message>
    <message>
        <source>Sparsity must be at least 0 and below 1 (got %1).</source>
        <translation>Độ thưa phải từ 0 đến dưới 1 (nhận được %1).</translation>
    </message>
    <message>
        <source>Weight sharing needs 2 to 16,777,216 clusters (got %1).</source>
        <translation>Chia sẻ trọng số cần từ 2 đến 16.777.216 cụm (nhận được %1).</translation>
    </message>
    <message>
        <source>Quantisation needs 2 to 16 bits (got %1).</source>
        <translation>Lượng tử hóa cần từ 2 đến 16 bit (nhận được %1).</translation>
    </message>
    <message>
        <source>Choose weight sharing or integer quantisation, not both.</source>
        <translation>Hãy chọn chia sẻ trọng số hoặc lượng tử hóa số nguyên, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Scales are 16 or 32 bits (got %1).</source>
        <translation>Hệ số tỉ lệ phải là 16 hoặc 32 bit (nhận được %1).</translation>
    </message>
    <message>
        <source>The quantisation group size must be at least 1 (got %1).</source>
        <translation>Kích thước nhóm lượng tử hóa phải ít nhất là 1 (nhận được %1).</translation>
    </message>
    <message>
        <source>Tensor "%1" has a negative element count.</source>
        <translation>Tensor “%1” có số phần tử âm.</translation>
    </message>
    <message>
        <source>Tensor "%1" has %2 rows for %3 elements.</source>
        <translation>Tensor “%1” có %2 hàng cho %3 phần tử.</translation>
    </message>
    <message>
        <source>compressed weights</source>
        <translation>trọng số đã nén</translation>
    </message>
    <message>
        <source>Device "%1" needs a peak FLOP/s and a bandwidth above 0.</source>
        <translation>Thiết bị “%1” cần FLOP/s đỉnh và băng thông lớn hơn 0.</translation>
    </message>
    <message>
        <source>Efficiency must be above 0 and at most 1 (got %1).</source>
        <translation>Hiệu suất phải lớn hơn 0 và không quá 1 (nhận được %1).</translation>
    </message>
    <message>
        <source>FLOPs and bytes moved must not be negative.</source>
        <translation>Số FLOP và số byte di chuyển không được âm.</translation>
    </message>
    <message>
        <source>Activation, workspace and device memory sizes must not be negative.</source>
        <translation>Kích thước giá trị kích hoạt, vùng nhớ làm việc và bộ nhớ thiết bị không được âm.</translation>
    </message>
    <message>
        <source>inference memory</source>
        <translation>bộ nhớ suy luận</translation>
    </message>
</context>
<context>
    <name>CsvDtypeAdvisor</name>
    <message>
        <source>Every value is missing: consider dropping the column.</source>
        <translation>Mọi giá trị đều bị thiếu: nên cân nhắc bỏ cột này.</translation>
    </message>
    <message>
        <source>Integers from %1 to %2 with missing values: pandas reads float64; the nullable %3 keeps them exact.</source>
        <translation>Số nguyên từ %1 đến %2 có giá trị thiếu: pandas đọc thành float64; kiểu nullable %3 giữ giá trị chính xác.</translation>
    </message>
    <message>
        <source>Integers from %1 to %2 fit %3.</source>
        <translation>Số nguyên từ %1 đến %2 vừa với %3.</translation>
    </message>
    <message>
        <source>Every value keeps its written digits in float16 (read as float32, then astype('float16')).</source>
        <translation>Mọi giá trị giữ nguyên các chữ số đã ghi khi ở float16 (đọc thành float32, rồi astype('float16')).</translation>
    </message>
    <message>
        <source>Every value keeps its written digits in float32.</source>
        <translation>Mọi giá trị giữ nguyên các chữ số đã ghi khi ở float32.</translation>
    </message>
    <message>
        <source>Some values need float64 to keep their written digits.</source>
        <translation>Một số giá trị cần float64 để giữ nguyên các chữ số đã ghi.</translation>
    </message>
    <message>
        <source>Already one byte per value.</source>
        <translation>Đã là một byte mỗi giá trị.</translation>
    </message>
    <message>
        <source>Booleans with missing values: pandas keeps Python objects; the nullable boolean takes 2 bytes per value.</source>
        <translation>Giá trị boolean có giá trị thiếu: pandas giữ dạng đối tượng Python; kiểu boolean nullable tốn 2 byte mỗi giá trị.</translation>
    </message>
    <message>
        <source>%1 distinct values in %2: a category stores each once plus a %3-byte code per row.</source>
        <translation>%1 giá trị khác nhau trên %2 giá trị: kiểu category lưu mỗi giá trị một lần, cộng thêm mã %3 byte cho mỗi hàng.</translation>
    </message>
    <message>
        <source>More than %1 distinct values: kept as Python strings.</source>
        <translation>Hơn %1 giá trị khác nhau: giữ dạng chuỗi Python.</translation>
    </message>
    <message>
        <source>Too many distinct values for a category to save memory.</source>
        <translation>Quá nhiều giá trị khác nhau nên kiểu category không tiết kiệm được bộ nhớ.</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>Không mở được “%1”: %2</translation>
    </message>
    <message>
        <source>The CSV source is not open for reading.</source>
        <translation>Nguồn CSV chưa được mở để đọc.</translation>
    </message>
    <message>
        <source>The read buffer must be between 4 KiB and 1 GiB (got %1 bytes).</source>
        <translation>Bộ đệm đọc phải từ 4 KiB đến 1 GiB (nhận được %1 byte).</translation>
    </message>
    <message>
        <source>The delimiter cannot be a line break or the quote character.</source>
        <translation>Ký tự phân cách không được là ký tự xuống dòng hoặc dấu nháy kép.</translation>
    </message>
    <message>
        <source>CSV analysis options must not be negative.</source>
        <translation>Các tùy chọn phân tích CSV không được âm.</translation>
    </message>
    <message>
        <source>Reading the CSV failed: %1</source>
        <translation>Đọc tệp CSV thất bại: %1</translation>
    </message>
    <message>
        <source>CSV column memory</source>
        <translation>bộ nhớ các cột CSV</translation>
    </message>
    <message>
        <source>The analysis was cancelled after %1 bytes: the figures cover only the rows read so far.</source>
        <translation>Quá trình phân tích bị hủy sau %1 byte: các số liệu chỉ bao gồm những hàng đã đọc.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the wrong number of fields were skipped (first at line(s) %1).</source>
        <translation>
            <numerusform>Đã bỏ qua %n hàng có số trường không đúng (đầu tiên tại dòng %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file ends inside a quoted field.</source>
        <translation>Tệp kết thúc khi một trường trong dấu nháy chưa đóng.</translation>
    </message>
    <message>
        <source>No columns were found.</source>
        <translation>Không tìm thấy cột nào.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>rỗng</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>số nguyên</translation>
    </message>
    <message>
        <source>float</source>
        <translation>số thực</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chuỗi</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>A device profile has no “id”.</source>
        <translation>Một hồ sơ thiết bị không có “id”.</translation>
    </message>
    <message>
        <source>Device “%1”: kind must be gpu, cpu or unified.</source>
        <translation>Thiết bị “%1”: kind phải là gpu, cpu hoặc unified.</translation>
    </message>
    <message>
        <source>Device “%1”: “%2” must be a positive number.</source>
        <translation>Thiết bị “%1”: “%2” phải là số dương.</translation>
    </message>
    <message>
        <source>Device “%1”: “count” must be at least 1.</source>
        <translation>Thiết bị “%1”: “count” phải ít nhất là 1.</translation>
    </message>
    <message>
        <source>Device “%1”: peak_flops.fp32 must be positive.</source>
        <translation>Thiết bị “%1”: peak_flops.fp32 phải dương.</translation>
    </message>
    <message>
        <source>Device “%1”: efficiency must be in (0, 1].</source>
        <translation>Thiết bị “%1”: efficiency phải nằm trong (0, 1].</translation>
    </message>
    <message>
        <source>Unknown device “%1”. Known: %2.</source>
        <translation>Thiết bị không xác định “%1”. Các thiết bị đã biết: %2.</translation>
    </message>
</context>
<context>
    <name>GraphEditing</name>
    <message>
        <source>“%1” is not a layer that takes inputs.</source>
        <translation>“%1” không phải là lớp nhận đầu vào.</translation>
    </message>
    <message>
        <source>There is no tensor called “%1”.</source>
        <translation>Không có tensor nào tên “%1”.</translation>
    </message>
    <message>
        <source>A layer cannot feed itself.</source>
        <translation>Một lớp không thể lấy đầu ra của chính nó làm đầu vào.</translation>
    </message>
    <message>
        <source>“%1” already feeds “%2”.</source>
        <translation>“%1” đã là đầu vào của “%2”.</translation>
    </message>
    <message>
        <source>Connecting “%1” to “%2” would make a cycle.</source>
        <translation>Nối “%1” vào “%2” sẽ tạo ra chu trình.</translation>
    </message>
    <message>
        <source>“%1” (%2) takes no inputs.</source>
        <translation>“%1” (%2) không nhận đầu vào.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Tên không được để trống.</translation>
    </message>
    <message>
        <source>A name cannot contain “:” (it separates a layer from its output number).</source>
        <translation>Tên không được chứa “:” (ký tự này ngăn cách tên lớp với số thứ tự đầu ra).</translation>
    </message>
    <message>
        <source>The name “%1” is already used.</source>
        <translation>Tên “%1” đã được dùng.</translation>
    </message>
</context>
<context>
    <name>GroupItem</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n lớp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostRamPlanner</name>
    <message>
        <source>%1 must not be negative (got %2).</source>
        <translation>%1 không được âm (nhận được %2).</translation>
    </message>
    <message>
        <source>Runtime baseline</source>
        <translation>Mức nền của runtime</translation>
    </message>
    <message>
        <source>Dataset rows</source>
        <translation>Số hàng của tập dữ liệu</translation>
    </message>
    <message>
        <source>Dataset columns</source>
        <translation>Số cột của tập dữ liệu</translation>
    </message>
    <message>
        <source>Bytes per value</source>
        <translation>Số byte mỗi giá trị</translation>
    </message>
    <message>
        <source>Chunk rows</source>
        <translation>Số hàng mỗi khối</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Số worker</translation>
    </message>
    <message>
        <source>Prefetch factor</source>
        <translation>Hệ số nạp trước</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Kích thước batch</translation>
    </message>
    <message>
        <source>Sample bytes</source>
        <translation>Số byte mỗi mẫu</translation>
    </message>
    <message>
        <source>Worker baseline</source>
        <translation>Mức nền của worker</translation>
    </message>
    <message>
        <source>Pinned buffers</source>
        <translation>Số bộ đệm ghim</translation>
    </message>
    <message>
        <source>Model host bytes</source>
        <translation>Số byte mô hình trên máy chủ</translation>
    </message>
    <message>
        <source>Other bytes</source>
        <translation>Số byte khác</translation>
    </message>
    <message>
        <source>Host RAM capacity</source>
        <translation>Dung lượng RAM máy chủ</translation>
    </message>
    <message>
        <source>Data copies must be at least 1 (got %1).</source>
        <translation>Số bản sao dữ liệu phải ít nhất là 1 (nhận được %1).</translation>
    </message>
    <message>
        <source>Streamed loading needs a chunk size in rows greater than 0.</source>
        <translation>Đọc từng khối cần kích thước khối (số hàng) lớn hơn 0.</translation>
    </message>
    <message>
        <source>Streamed loading keeps at least one chunk (got %1).</source>
        <translation>Đọc từng khối phải giữ ít nhất một khối (nhận được %1).</translation>
    </message>
    <message>
        <source>Unknown runtime "%1"; known runtimes: %2.</source>
        <translation>Runtime không xác định “%1”; các runtime đã biết: %2.</translation>
    </message>
    <message>
        <source>host RAM dataset</source>
        <translation>tập dữ liệu trong RAM máy chủ</translation>
    </message>
    <message>
        <source>The process needs %1 bytes of host RAM but only %2 are available.</source>
        <translation>Tiến trình cần %1 byte RAM máy chủ nhưng chỉ có %2 byte khả dụng.</translation>
    </message>
    <message>
        <source>The dataset alone takes more than half of host RAM: stream it in chunks or use smaller column types.</source>
        <translation>Riêng tập dữ liệu đã chiếm hơn một nửa RAM máy chủ: hãy đọc từng khối hoặc dùng kiểu cột nhỏ hơn.</translation>
    </message>
    <message>
        <source>Every data-loader worker holds its own copy of the dataset; keep it in NumPy arrays or shared memory instead of Python lists to avoid the copies.</source>
        <translation>Mỗi worker của bộ nạp dữ liệu giữ một bản sao tập dữ liệu riêng; hãy lưu dữ liệu trong mảng NumPy hoặc bộ nhớ dùng chung thay vì list Python để tránh các bản sao này.</translation>
    </message>
    <message>
        <source>host RAM plan</source>
        <translation>kế hoạch RAM máy chủ</translation>
    </message>
    <message>
        <source>A row sweep needs at least 2 points (got %1).</source>
        <translation>Quét số hàng cần ít nhất 2 điểm (nhận được %1).</translation>
    </message>
    <message>
        <source>The largest row count must not be negative (got %1).</source>
        <translation>Số hàng lớn nhất không được âm (nhận được %1).</translation>
    </message>
    <message>
        <source>host RAM row sweep</source>
        <translation>quét số hàng cho RAM máy chủ</translation>
    </message>
    <message>
        <source>Runtime (interpreter + framework)</source>
        <translation>Runtime (trình thông dịch + framework)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <source>Data-loader worker processes</source>
        <translation>Tiến trình worker của bộ nạp dữ liệu</translation>
    </message>
    <message>
        <source>Prefetched batches</source>
        <translation>Các batch nạp trước</translation>
    </message>
    <message>
        <source>Pinned staging buffers</source>
        <translation>Bộ đệm trung chuyển ghim</translation>
    </message>
    <message>
        <source>Host copy of the model</source>
        <translation>Bản sao mô hình trên máy chủ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>KerasImporter</name>
    <message>
        <source>%1, layer “%2” (%3): %4</source>
        <translation>%1, lớp “%2” (%3): %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” must be an integer.</source>
        <translation>“%1” phải là số nguyên.</translation>
    </message>
    <message>
        <source>“%1” is %2; it must be at least %3.</source>
        <translation>“%1” bằng %2; giá trị này phải ít nhất là %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; MemPlanner accepts sizes below %3.</source>
        <translation>“%1” bằng %2; MemPlanner chỉ chấp nhận kích thước nhỏ hơn %3.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>Thiếu “%1”.</translation>
    </message>
    <message>
        <source>“%1” must be an integer or a list of %2 integers.</source>
        <translation>“%1” phải là một số nguyên hoặc một danh sách %2 số nguyên.</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1” phải là true hoặc false.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1” phải là một số.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1” phải là văn bản.</translation>
    </message>
    <message>
        <source>“%1” is “%2”; MemPlanner understands %3.</source>
        <translation>“%1” là “%2”; MemPlanner chỉ hiểu %3.</translation>
    </message>
    <message>
        <source>axis %1 is out of range for an input of %2 dimensions (with the batch).</source>
        <translation>trục %1 nằm ngoài phạm vi của một đầu vào có %2 chiều (tính cả chiều batch).</translation>
    </message>
    <message>
        <source>the input's %1 is not fixed (it depends on the sequence length); the layer needs a fixed size.</source>
        <translation>%1 của đầu vào không cố định (phụ thuộc vào độ dài chuỗi); lớp này cần một kích thước cố định.</translation>
    </message>
    <message>
        <source>the input has %1 dimensions (with the batch); the layer needs %2.</source>
        <translation>đầu vào có %1 chiều (tính cả chiều batch); lớp này cần %2 chiều.</translation>
    </message>
    <message>
        <source>%1, input “%2”</source>
        <translation>%1, đầu vào “%2”</translation>
    </message>
    <message>
        <source>%1: the input shape must be a list such as [null, 28, 28, 1].</source>
        <translation>%1: hình dạng đầu vào phải là một danh sách, ví dụ [null, 28, 28, 1].</translation>
    </message>
    <message>
        <source>Input “%1” has a fixed batch size of %2; the plan's batch size replaces it.</source>
        <translation>Đầu vào “%1” có kích thước batch cố định là %2; kích thước batch của bản kế hoạch sẽ thay thế giá trị này.</translation>
    </message>
    <message>
        <source>%1: dimension %2 is None; only the batch and the first dimension after it (time) may be None.</source>
        <translation>%1: chiều %2 là None; chỉ chiều batch và chiều đầu tiên ngay sau nó (thời gian) mới được là None.</translation>
    </message>
    <message>
        <source>Input “%1” is float64; MemPlanner plans it as float32.</source>
        <translation>Đầu vào “%1” có kiểu float64; MemPlanner lập kế hoạch cho nó như float32.</translation>
    </message>
    <message>
        <source>%1: the dtype “%2” is not supported.</source>
        <translation>%1: không hỗ trợ dtype “%2”.</translation>
    </message>
    <message>
        <source>Layer “%1”: Keras pads “same” asymmetrically for an even kernel; MemPlanner pads symmetrically, so its output is one element longer there than Keras'.</source>
        <translation>Lớp “%1”: với kernel có kích thước chẵn, Keras đệm “same” không đối xứng; MemPlanner đệm đối xứng, nên đầu ra của nó ở chiều đó dài hơn của Keras một phần tử.</translation>
    </message>
    <message>
        <source>Layer “%1”: Keras pads “same” asymmetrically here (the extra row or column after); MemPlanner pads one more on both sides, as PyTorch would, for the same output size.</source>
        <translation>Lớp “%1”: ở đây Keras đệm “same” không đối xứng (hàng hoặc cột dư nằm ở phía sau); MemPlanner đệm thêm một ở cả hai phía như PyTorch, để có cùng kích thước đầu ra.</translation>
    </message>
    <message>
        <source>Layer “%1”: the activation “%2” is planned as SiLU, which keeps the same tensors for backward.</source>
        <translation>Lớp “%1”: hàm kích hoạt “%2” được lập kế hoạch như SiLU, vì cả hai lưu cùng các tensor cho lượt truyền ngược.</translation>
    </message>
    <message>
        <source>the activation “%1” is not supported.</source>
        <translation>không hỗ trợ hàm kích hoạt “%1”.</translation>
    </message>
    <message>
        <source>“activation” must be text.</source>
        <translation>“activation” phải là văn bản.</translation>
    </message>
    <message>
        <source>the input needs a feature dimension.</source>
        <translation>đầu vào cần có một chiều đặc trưng.</translation>
    </message>
    <message>
        <source>last dimension</source>
        <translation>chiều cuối</translation>
    </message>
    <message>
        <source>channel count</source>
        <translation>số kênh</translation>
    </message>
    <message>
        <source>%1 input channels and %2 filters do not divide into %3 groups.</source>
        <translation>%1 kênh đầu vào và %2 bộ lọc không chia đều được thành %3 nhóm.</translation>
    </message>
    <message>
        <source>the window (%1) is larger than the input (%2).</source>
        <translation>cửa sổ (%1) lớn hơn đầu vào (%2).</translation>
    </message>
    <message>
        <source>Layer “%1”: Keras pads causally (%2 before the sequence); MemPlanner pads %3 on both sides, for the same output length.</source>
        <translation>Lớp “%1”: Keras đệm nhân quả (%2 phần tử trước chuỗi); MemPlanner đệm %3 ở cả hai phía để có cùng độ dài đầu ra.</translation>
    </message>
    <message>
        <source>only two-dimensional transposed convolutions are supported.</source>
        <translation>chỉ hỗ trợ tích chập chuyển vị hai chiều.</translation>
    </message>
    <message>
        <source>normalising over several axes is not supported.</source>
        <translation>không hỗ trợ chuẩn hóa theo nhiều trục.</translation>
    </message>
    <message>
        <source>only the last axis or axis 1 can be normalised.</source>
        <translation>chỉ có thể chuẩn hóa theo trục cuối hoặc trục 1.</translation>
    </message>
    <message>
        <source>Layer “%1”: MemPlanner's BatchNorm has both a scale and a shift; the missing one adds %2 parameters that Keras does not have.</source>
        <translation>Lớp “%1”: BatchNorm của MemPlanner luôn có cả hệ số tỉ lệ (scale) lẫn độ dịch (shift); phần mà lớp Keras thiếu sẽ thêm %2 tham số không có trong Keras.</translation>
    </message>
    <message>
        <source>only the last axes can be normalised.</source>
        <translation>chỉ có thể chuẩn hóa theo các trục cuối.</translation>
    </message>
    <message>
        <source>normalised size</source>
        <translation>kích thước được chuẩn hóa</translation>
    </message>
    <message>
        <source>Layer “%1”: MemPlanner's LayerNorm cannot shift without scaling; it counts a scale that Keras does not have.</source>
        <translation>Lớp “%1”: LayerNorm của MemPlanner không thể có độ dịch (shift) mà thiếu hệ số tỉ lệ (scale); nó tính thêm một hệ số tỉ lệ mà Keras không có.</translation>
    </message>
    <message>
        <source>Input “%1” is %2 in Keras but feeds an Embedding; it is planned as int64 indices.</source>
        <translation>Đầu vào “%1” có kiểu %2 trong Keras nhưng được đưa vào một Embedding; nó được lập kế hoạch như các chỉ số int64.</translation>
    </message>
    <message>
        <source>feature size</source>
        <translation>kích thước đặc trưng</translation>
    </message>
    <message>
        <source>Layer “%1”: the dropout inside the recurrent cell is not planned.</source>
        <translation>Lớp “%1”: dropout bên trong ô hồi quy không được tính vào bản kế hoạch.</translation>
    </message>
    <message>
        <source>only an LSTM or a GRU can be wrapped, not “%1”.</source>
        <translation>chỉ có thể bọc một LSTM hoặc GRU, chứ không phải “%1”.</translation>
    </message>
    <message>
        <source>the backward layer must be the forward layer's class and size.</source>
        <translation>lớp chiều ngược phải cùng loại và cùng kích thước với lớp chiều xuôi.</translation>
    </message>
    <message>
        <source>merge_mode None (two separate outputs) is not supported.</source>
        <translation>không hỗ trợ merge_mode None (hai đầu ra riêng biệt).</translation>
    </message>
    <message>
        <source>the layer needs a query and a value.</source>
        <translation>lớp này cần một query và một value.</translation>
    </message>
    <message>
        <source>query width</source>
        <translation>độ rộng của query</translation>
    </message>
    <message>
        <source>MemPlanner's attention needs query, key and value of one width (the query has %1, the key %2, the value %3).</source>
        <translation>Attention của MemPlanner cần query, key và value có cùng độ rộng (query có %1, key có %2, value có %3).</translation>
    </message>
    <message>
        <source>an output_shape other than the query's width is not supported.</source>
        <translation>không hỗ trợ output_shape khác với độ rộng của query.</translation>
    </message>
    <message>
        <source>attention over axes other than the sequence is not supported.</source>
        <translation>không hỗ trợ attention theo các trục khác ngoài trục chuỗi.</translation>
    </message>
    <message>
        <source>the layer needs at least two inputs.</source>
        <translation>lớp này cần ít nhất hai đầu vào.</translation>
    </message>
    <message>
        <source>the layer needs inputs.</source>
        <translation>lớp này cần có đầu vào.</translation>
    </message>
    <message>
        <source>all inputs need %1 dimensions.</source>
        <translation>mọi đầu vào đều cần có %1 chiều.</translation>
    </message>
    <message>
        <source>“target_shape” must be a list of sizes.</source>
        <translation>“target_shape” phải là một danh sách kích thước.</translation>
    </message>
    <message>
        <source>%1 elements per sample do not reshape into the target shape.</source>
        <translation>%1 phần tử mỗi mẫu không thể reshape thành hình dạng đích.</translation>
    </message>
    <message>
        <source>“dims” must list the %1 dimensions after the batch.</source>
        <translation>“dims” phải liệt kê %1 chiều nằm sau chiều batch.</translation>
    </message>
    <message>
        <source>“dims” must be a permutation of 1 … %1.</source>
        <translation>“dims” phải là một hoán vị của 1 … %1.</translation>
    </message>
    <message>
        <source>The model uses the Keras dtype policy “%1”; choose the matching mixed precision in the plan's configuration.</source>
        <translation>Mô hình dùng chính sách dtype “%1” của Keras; hãy chọn độ chính xác hỗn hợp tương ứng trong cấu hình của bản kế hoạch.</translation>
    </message>
    <message>
        <source>the layer has no input.</source>
        <translation>lớp này không có đầu vào.</translation>
    </message>
    <message>
        <source>the layer takes one input, not %1.</source>
        <translation>lớp này nhận một đầu vào, không phải %1.</translation>
    </message>
    <message>
        <source>Layer “%1”: a ReLU capped at %2 is planned as ReLU6 (the same memory).</source>
        <translation>Lớp “%1”: ReLU bị chặn trên tại %2 được lập kế hoạch như ReLU6 (cùng mức bộ nhớ).</translation>
    </message>
    <message>
        <source>“rate” must be between 0 and 1.</source>
        <translation>“rate” phải nằm trong khoảng từ 0 đến 1.</translation>
    </message>
    <message>
        <source>this layer class is not supported.</source>
        <translation>không hỗ trợ loại lớp này.</translation>
    </message>
    <message>
        <source>entry %1 of “layers” is not an object.</source>
        <translation>phần tử thứ %1 của “layers” không phải một đối tượng.</translation>
    </message>
    <message>
        <source>entry %1 of “layers” has no “class_name”.</source>
        <translation>phần tử thứ %1 của “layers” không có “class_name”.</translation>
    </message>
    <message>
        <source>entry %1 of “layers” (%2) has no name.</source>
        <translation>phần tử thứ %1 của “layers” (%2) không có tên.</translation>
    </message>
    <message>
        <source>“config” must be an object.</source>
        <translation>“config” phải là một đối tượng.</translation>
    </message>
    <message>
        <source>models nested in models are not supported; export the inner model on its own or flatten it into one model.</source>
        <translation>không hỗ trợ mô hình lồng trong mô hình; hãy xuất riêng mô hình bên trong, hoặc làm phẳng thành một mô hình duy nhất.</translation>
    </message>
    <message>
        <source>this layer class is not supported. Supported: %1.</source>
        <translation>không hỗ trợ loại lớp này. Các loại được hỗ trợ: %1.</translation>
    </message>
    <message>
        <source>an input tensor has no valid “keras_history” [layer, node, tensor].</source>
        <translation>một tensor đầu vào không có “keras_history” [layer, node, tensor] hợp lệ.</translation>
    </message>
    <message>
        <source>each inbound node entry must be [layer, node, tensor, {…}].</source>
        <translation>mỗi phần tử inbound node phải có dạng [layer, node, tensor, {…}].</translation>
    </message>
    <message>
        <source>“inbound_nodes” entries must be lists (Keras 2) or objects with “args” (Keras 3).</source>
        <translation>các phần tử của “inbound_nodes” phải là danh sách (Keras 2) hoặc đối tượng có “args” (Keras 3).</translation>
    </message>
    <message>
        <source>a call of the layer has no input tensor.</source>
        <translation>một lần gọi lớp này không có tensor đầu vào.</translation>
    </message>
    <message>
        <source>“%1” must hold [layer, node, tensor] entries.</source>
        <translation>“%1” phải chứa các phần tử [layer, node, tensor].</translation>
    </message>
    <message>
        <source>the Sequential model has no input shape (no InputLayer and no batch_input_shape on its first layer); build the model before calling to_json().</source>
        <translation>mô hình Sequential không có hình dạng đầu vào (không có InputLayer và lớp đầu tiên không có batch_input_shape); hãy build mô hình trước khi gọi to_json().</translation>
    </message>
    <message>
        <source>the model has no layers after its input.</source>
        <translation>mô hình không có lớp nào sau đầu vào.</translation>
    </message>
    <message>
        <source>an InputLayer can only come first in a Sequential model.</source>
        <translation>trong mô hình Sequential, InputLayer chỉ được đứng đầu tiên.</translation>
    </message>
    <message>
        <source>two layers are called “%1”.</source>
        <translation>có hai lớp cùng tên “%1”.</translation>
    </message>
    <message>
        <source>“inbound_nodes” must be a list.</source>
        <translation>“inbound_nodes” phải là một danh sách.</translation>
    </message>
    <message numerus="yes">
        <source>Layer “%1” is called %n time(s); Keras shares its weights, MemPlanner counts them once per call.</source>
        <translation>
            <numerusform>Lớp “%1” được gọi %n lần; Keras dùng chung trọng số của lớp này, còn MemPlanner tính trọng số một lần cho mỗi lần gọi.</numerusform>
        </translation>
    </message>
    <message>
        <source>its input “%1” is not a layer of this model.</source>
        <translation>đầu vào “%1” của nó không phải một lớp của mô hình này.</translation>
    </message>
    <message>
        <source>“%1” is not a layer of this model.</source>
        <translation>“%1” không phải một lớp của mô hình này.</translation>
    </message>
    <message numerus="yes">
        <source>it uses call %1 of “%2”, which is called %n time(s).</source>
        <translation>
            <numerusform>nó dùng lần gọi thứ %1 của “%2”, nhưng “%2” chỉ được gọi %n lần.</numerusform>
        </translation>
    </message>
    <message>
        <source>it uses output %1 of “%2”; only each layer's first output can be imported (return_state is not supported).</source>
        <translation>nó dùng đầu ra thứ %1 của “%2”; chỉ có thể nhập đầu ra đầu tiên của mỗi lớp (không hỗ trợ return_state).</translation>
    </message>
    <message>
        <source>input_layers names “%1”, which is not an InputLayer.</source>
        <translation>input_layers nêu “%1”, nhưng đó không phải một InputLayer.</translation>
    </message>
    <message>
        <source>the layers %1 depend on each other in a cycle.</source>
        <translation>các lớp %1 phụ thuộc lẫn nhau thành vòng tròn.</translation>
    </message>
    <message>
        <source>“output_layers” names no output.</source>
        <translation>“output_layers” không nêu đầu ra nào.</translation>
    </message>
    <message>
        <source>this is not a Keras model (expected “class_name” Sequential, Functional or Model and a “config” object).</source>
        <translation>đây không phải mô hình Keras (cần “class_name” là Sequential, Functional hoặc Model, và một đối tượng “config”).</translation>
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
        <translation>Mô hình Keras %1 được nhập từ %2.</translation>
    </message>
    <message>
        <source>“config.layers” must be a list of layers.</source>
        <translation>“config.layers” phải là một danh sách các lớp.</translation>
    </message>
    <message>
        <source>the model has no layers.</source>
        <translation>mô hình không có lớp nào.</translation>
    </message>
    <message>
        <source>%1, layer “%2”</source>
        <translation>%1, lớp “%2”</translation>
    </message>
    <message>
        <source>A Keras architecture file holds no loss: none was added, so the plan assumes a gradient the size of each model output.</source>
        <translation>Tệp kiến trúc Keras không chứa hàm mất mát: không có hàm mất mát nào được thêm vào, nên bản kế hoạch giả định mỗi đầu ra của mô hình nhận một gradient có cùng kích thước.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 không phải JSON hợp lệ (%2 tại byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Keras model: the JSON is not an object.</source>
        <translation>%1 không phải mô hình Keras: JSON không phải một đối tượng.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Không mở được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; it is not a Keras architecture file.</source>
        <translation>%1 lớn hơn 64 MB; đây không phải tệp kiến trúc Keras.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LeNet-300-100 (MLP)</source>
        <translation>LeNet-300-100 (MLP)</translation>
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
        <translation>GPT-2 small (bản nhỏ)</translation>
    </message>
    <message>
        <source>LSTM text classifier</source>
        <translation>Bộ phân loại văn bản LSTM</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <source>Sizes overflow 64 bits at %1: the model or batch is absurdly large.</source>
        <translation>Kích thước vượt quá 64 bit tại %1: mô hình hoặc batch lớn vô lý.</translation>
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
        <translation>%1: mô hình quá lớn, không đọc được.</translation>
    </message>
    <message>
        <source>%1: libonnx rejected the model: %2</source>
        <translation>%1: libonnx từ chối mô hình: %2</translation>
    </message>
    <message>
        <source>this is not a valid ONNX model (the protobuf message does not parse).</source>
        <translation>đây không phải mô hình ONNX hợp lệ (không phân tích được thông điệp protobuf).</translation>
    </message>
    <message>
        <source>this protobuf file holds no ONNX graph; is it an ONNX model?</source>
        <translation>tệp protobuf này không chứa đồ thị ONNX; đây có phải mô hình ONNX không?</translation>
    </message>
    <message>
        <source>the model declares no version of the ONNX operator set.</source>
        <translation>mô hình không khai báo phiên bản opset (bộ phép toán) ONNX.</translation>
    </message>
    <message>
        <source>operator set %1 is older than 9, the oldest supported; export again with opset_version=13 or newer.</source>
        <translation>opset %1 cũ hơn 9, phiên bản cũ nhất được hỗ trợ; hãy xuất lại với opset_version=13 trở lên.</translation>
    </message>
    <message>
        <source>The model uses operator set %1; MemPlanner is tested with 9 to 17 and reads newer operators as far as libonnx 1.12 knows them.</source>
        <translation>Mô hình dùng opset %1; MemPlanner được kiểm thử với opset 9 đến 17, và chỉ đọc được các phép toán mới hơn trong phạm vi libonnx 1.12 biết đến.</translation>
    </message>
    <message>
        <source>the graph has no nodes.</source>
        <translation>đồ thị không có nút nào.</translation>
    </message>
    <message>
        <source>the graph has %1 nodes; at most %2 are supported.</source>
        <translation>đồ thị có %1 nút; chỉ hỗ trợ tối đa %2 nút.</translation>
    </message>
    <message>
        <source>an initializer has no name.</source>
        <translation>một initializer không có tên.</translation>
    </message>
    <message>
        <source>the initializer “%1” is defined twice.</source>
        <translation>initializer “%1” được định nghĩa hai lần.</translation>
    </message>
    <message>
        <source>the initializer “%1” has a dimension of %2.</source>
        <translation>initializer “%1” có một chiều bằng %2.</translation>
    </message>
    <message>
        <source>a graph input has no name.</source>
        <translation>một đầu vào của đồ thị không có tên.</translation>
    </message>
    <message>
        <source>the graph input “%1” is listed twice.</source>
        <translation>đầu vào đồ thị “%1” được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>node %1 (“%2”) has no operator type.</source>
        <translation>nút %1 (“%2”) không có kiểu phép toán.</translation>
    </message>
    <message>
        <source>the tensor “%1” is defined twice (again by node “%2”).</source>
        <translation>tensor “%1” được định nghĩa hai lần (lần thứ hai bởi nút “%2”).</translation>
    </message>
    <message>
        <source>node “%1” (%2) reads “%3”, which no node, input or initializer defines.</source>
        <translation>nút “%1” (%2) đọc “%3”, nhưng không có nút, đầu vào hay initializer nào định nghĩa nó.</translation>
    </message>
    <message>
        <source>the graph output “%1” is not computed by any node.</source>
        <translation>không có nút nào tính ra đầu ra đồ thị “%1”.</translation>
    </message>
    <message>
        <source>the graph has no outputs.</source>
        <translation>đồ thị không có đầu ra nào.</translation>
    </message>
    <message>
        <source>the graph has a cycle through the nodes %1.</source>
        <translation>đồ thị có một chu trình đi qua các nút %1.</translation>
    </message>
    <message>
        <source>the input “%1” is not a tensor (sequences and maps are not supported).</source>
        <translation>đầu vào “%1” không phải tensor (không hỗ trợ sequence và map).</translation>
    </message>
    <message>
        <source>the input “%1” has the element type %2, which MemPlanner cannot plan.</source>
        <translation>đầu vào “%1” có kiểu phần tử %2, kiểu mà MemPlanner không lập kế hoạch được.</translation>
    </message>
    <message>
        <source>the input “%1” has no shape: export it with a fixed rank, e.g. torch.onnx.export(…, input_names=[…], dynamic_axes={…}).</source>
        <translation>đầu vào “%1” không có hình dạng: hãy xuất nó với số chiều cố định, ví dụ torch.onnx.export(…, input_names=[…], dynamic_axes={…}).</translation>
    </message>
    <message>
        <source>the input “%1” has a dimension of %2: that is absurdly large.</source>
        <translation>đầu vào “%1” có một chiều bằng %2: lớn vô lý.</translation>
    </message>
    <message>
        <source>the inputs have more than two symbolic dimensions (%1); MemPlanner binds only the batch and the sequence length. Export the others with fixed sizes.</source>
        <translation>các đầu vào có nhiều hơn hai chiều ký hiệu (%1); MemPlanner chỉ gán batch và độ dài chuỗi. Hãy xuất các chiều còn lại với kích thước cố định.</translation>
    </message>
    <message>
        <source>The inputs have fixed sizes, so --batch cannot change them. Export with dynamic_axes={"%1": {0: "batch"}} to plan other batch sizes.</source>
        <translation>Các đầu vào có kích thước cố định nên --batch không thay đổi được chúng. Hãy xuất với dynamic_axes={"%1": {0: "batch"}} để lập kế hoạch cho các kích thước batch khác.</translation>
    </message>
    <message>
        <source>libonnx cannot infer it without the input types</source>
        <translation>libonnx không suy ra được khi thiếu kiểu của các đầu vào</translation>
    </message>
    <message>
        <source>operator %1 is unknown to libonnx 1.12 and the file declares no shape for its output</source>
        <translation>libonnx 1.12 không biết phép toán %1 và tệp không khai báo hình dạng cho đầu ra của nó</translation>
    </message>
    <message>
        <source>node “%1” (%2)</source>
        <translation>nút “%1” (%2)</translation>
    </message>
    <message>
        <source>the input “%1”</source>
        <translation>đầu vào “%1”</translation>
    </message>
    <message>
        <source>%1 has a dimension of %2: that is absurdly large.</source>
        <translation>%1 có một chiều bằng %2: lớn vô lý.</translation>
    </message>
    <message>
        <source>%1 has a size that overflows 64 bits.</source>
        <translation>%1 có kích thước vượt quá 64 bit.</translation>
    </message>
</context>
<context>
    <name>OnnxImporter</name>
    <message>
        <source>node “%1” (%2)</source>
        <translation>nút “%1” (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Linear (MatMul + bias Add)</source>
        <translation>Linear (MatMul + Add cộng bias)</translation>
    </message>
    <message>
        <source>Linear (MatMul with a weight)</source>
        <translation>Linear (MatMul với trọng số)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n layer(s), %2)</source>
        <translation>
            <numerusform>%1 (%n lớp, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>batch-first</source>
        <translation>chiều batch đứng trước</translation>
    </message>
    <message>
        <source>sequence-first</source>
        <translation>chiều chuỗi đứng trước</translation>
    </message>
    <message>
        <source>MultiHeadAttention (scaled_dot_product_attention, with its projections)</source>
        <translation>MultiHeadAttention (scaled_dot_product_attention, kèm các phép chiếu)</translation>
    </message>
    <message>
        <source>MultiHeadAttention (math path: QKᵀ, softmax, dropout, PV, with its projections)</source>
        <translation>MultiHeadAttention (cài đặt math: QKᵀ, softmax, dropout, PV, kèm các phép chiếu)</translation>
    </message>
    <message>
        <source>LayerNorm (ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div, Mul, Add)</source>
        <translation>LayerNorm (ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div, Mul, Add)</translation>
    </message>
    <message>
        <source>GELU (Erf form)</source>
        <translation>GELU (dạng Erf)</translation>
    </message>
    <message>
        <source>GELU (tanh form written as tensor ops, as gelu_new)</source>
        <translation>GELU (dạng tanh viết bằng các phép toán tensor, như gelu_new)</translation>
    </message>
    <message>
        <source>GELU (tanh form)</source>
        <translation>GELU (dạng tanh)</translation>
    </message>
    <message>
        <source>SiLU (Sigmoid · x)</source>
        <translation>SiLU (Sigmoid · x)</translation>
    </message>
    <message>
        <source>only 1-d and 2-d convolutions with weight initializers are modelled</source>
        <translation>chỉ mô hình hóa tích chập 1 chiều và 2 chiều có trọng số là initializer</translation>
    </message>
    <message>
        <source>only 1-d and 2-d pooling is modelled</source>
        <translation>chỉ mô hình hóa pooling 1 chiều và 2 chiều</translation>
    </message>
    <message>
        <source>it casts to an element type MemPlanner cannot plan</source>
        <translation>nó ép sang một kiểu phần tử mà MemPlanner không lập kế hoạch được</translation>
    </message>
    <message>
        <source>the shape of “%1”, output %2 of %3, is unknown (%4). Give the file the shapes, e.g. with onnx.shape_inference.infer_shapes, or value_info entries for a custom operator's outputs.</source>
        <translation>không biết hình dạng của “%1”, đầu ra %2 của %3 (%4). Hãy bổ sung hình dạng vào tệp, ví dụ bằng onnx.shape_inference.infer_shapes, hoặc thêm các mục value_info cho đầu ra của phép toán tùy chỉnh.</translation>
    </message>
    <message>
        <source>no shape inference</source>
        <translation>không có suy diễn hình dạng</translation>
    </message>
    <message>
        <source>the target shape of %1 cannot be determined.</source>
        <translation>không xác định được hình dạng đích của %1.</translation>
    </message>
    <message>
        <source>the target shape of %1 has more than one unknown size.</source>
        <translation>hình dạng đích của %1 có nhiều hơn một kích thước chưa biết.</translation>
    </message>
    <message>
        <source>its scale is computed</source>
        <translation>hệ số tỉ lệ của nó được tính từ dữ liệu, không phải tham số</translation>
    </message>
    <message>
        <source>%1 normalises over a symbolic dimension.</source>
        <translation>%1 chuẩn hóa theo một chiều ký hiệu.</translation>
    </message>
    <message>
        <source>%1 has a symbolic channel dimension.</source>
        <translation>chiều kênh của %1 là một chiều ký hiệu.</translation>
    </message>
    <message>
        <source>a gather of activations</source>
        <translation>Gather trên giá trị kích hoạt</translation>
    </message>
    <message>
        <source>the axes of %1 are not constant.</source>
        <translation>các trục của %1 không phải hằng số.</translation>
    </message>
    <message>
        <source>the target shape of %1 is not constant.</source>
        <translation>hình dạng đích của %1 không phải hằng số.</translation>
    </message>
    <message>
        <source>the sizes of %1 are unknown.</source>
        <translation>không biết kích thước của %1.</translation>
    </message>
    <message>
        <source>%1 splits a symbolic dimension.</source>
        <translation>%1 chia tách một chiều ký hiệu.</translation>
    </message>
    <message>
        <source>the bounds of %1 are not constant.</source>
        <translation>các cận của %1 không phải hằng số.</translation>
    </message>
    <message>
        <source>negative steps</source>
        <translation>bước nhảy âm</translation>
    </message>
    <message>
        <source>the padding of %1 is not constant.</source>
        <translation>độ đệm (padding) của %1 không phải hằng số.</translation>
    </message>
    <message>
        <source>the output size of %1 is unknown.</source>
        <translation>không biết kích thước đầu ra của %1.</translation>
    </message>
    <message>
        <source>its final states are read, or its layout is not PyTorch's</source>
        <translation>các trạng thái cuối của nó được đọc, hoặc bố cục của nó khác PyTorch</translation>
    </message>
    <message>
        <source>Export for training with torch.onnx.export(model.train(), …, training=torch.onnx.TrainingMode.TRAINING, do_constant_folding=False) (tools/export/ does this).</source>
        <translation>Hãy xuất ở chế độ huấn luyện bằng torch.onnx.export(model.train(), …, training=torch.onnx.TrainingMode.TRAINING, do_constant_folding=False) (các script trong tools/export/ làm đúng như vậy).</translation>
    </message>
    <message>
        <source>The graph looks exported in inference mode: %1 convolutions with bias feed ReLUs directly and there is no BatchNormalization, as when batch norm is folded into the convolutions. Training keeps the BatchNorm layers and their saved tensors, so this plan is too low. %2</source>
        <translation>Đồ thị có vẻ đã được xuất ở chế độ suy luận: %1 phép tích chập có bias đưa thẳng vào ReLU và không có BatchNormalization, như khi batch norm đã được gộp vào các phép tích chập. Khi huấn luyện, các lớp BatchNorm cùng các tensor chúng lưu lại vẫn còn, nên bản kế hoạch này thấp hơn thực tế. %2</translation>
    </message>
    <message>
        <source>BatchNormalization was exported in inference mode (running statistics, no batch statistics); the plan assumes training. %1</source>
        <translation>BatchNormalization đã được xuất ở chế độ suy luận (dùng thống kê tích lũy, không dùng thống kê theo batch); bản kế hoạch giả định là huấn luyện. %1</translation>
    </message>
    <message>
        <source>Dropout was exported in inference mode (as Identity or without its training flag); the plan uses the exported ratios. %1</source>
        <translation>Dropout đã được xuất ở chế độ suy luận (thành Identity hoặc thiếu cờ training); bản kế hoạch dùng các tỉ lệ đã xuất. %1</translation>
    </message>
    <message>
        <source>the shape of the parameter “%1” is unknown.</source>
        <translation>không biết hình dạng của tham số “%1”.</translation>
    </message>
    <message>
        <source>the tensor “%1” has no producer in the imported graph (its node was not mapped).</source>
        <translation>trong đồ thị đã nhập, không có nút nào tạo ra tensor “%1” (nút của nó chưa được ánh xạ).</translation>
    </message>
    <message>
        <source>none of the graph's outputs depends on its inputs: there is nothing to train.</source>
        <translation>không đầu ra nào của đồ thị phụ thuộc vào đầu vào: không có gì để huấn luyện.</translation>
    </message>
    <message>
        <source>the input “%1” has the element type %2, which MemPlanner cannot plan.</source>
        <translation>đầu vào “%1” có kiểu phần tử %2, kiểu mà MemPlanner không lập kế hoạch được.</translation>
    </message>
    <message>
        <source>“%1” is %2; it is planned as %3.</source>
        <translation>“%1” có kiểu %2; nó được lập kế hoạch như %3.</translation>
    </message>
    <message>
        <source>the shape of “%1” is unknown.</source>
        <translation>không biết hình dạng của “%1”.</translation>
    </message>
    <message>
        <source>“%1” has a size that depends on batch and sequence in a way MemPlanner cannot express; it is fixed at %2.</source>
        <translation>“%1” có kích thước phụ thuộc vào batch và độ dài chuỗi theo cách MemPlanner không biểu diễn được; kích thước này được cố định ở %2.</translation>
    </message>
    <message>
        <source>The parameter “%1” is used by several operations; MemPlanner counts it once per operation that cannot share a weight.</source>
        <translation>Tham số “%1” được nhiều phép toán dùng; MemPlanner tính nó một lần cho mỗi phép toán không thể dùng chung trọng số.</translation>
    </message>
    <message>
        <source>the tensor “%1” has no producer in the imported graph.</source>
        <translation>trong đồ thị đã nhập, không có nút nào tạo ra tensor “%1”.</translation>
    </message>
    <message>
        <source>the imported graph is inconsistent: %1</source>
        <translation>đồ thị đã nhập không nhất quán: %1</translation>
    </message>
    <message>
        <source>Node “%1” gives [%2] where ONNX gives [%3] for “%4”.</source>
        <translation>Với “%4”, nút “%1” cho ra [%2], trong khi ONNX cho [%3].</translation>
    </message>
    <message>
        <source>Imported from ONNX (operator set %1).</source>
        <translation>Nhập từ ONNX (opset %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n convolution(s) or pooling layer(s) pad asymmetrically (as TensorFlow's SAME padding does); PyTorch pads both sides alike, so the larger side is used where that keeps the output size and an explicit Pad otherwise.</source>
        <translation>
            <numerusform>%n lớp tích chập hoặc pooling đệm không đối xứng (như padding SAME của TensorFlow); PyTorch đệm hai phía như nhau, nên phía lớn hơn được dùng khi điều đó giữ nguyên kích thước đầu ra, còn không thì dùng một Pad tường minh.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1: the model is too large to import.</source>
        <translation>%1: mô hình quá lớn, không nhập được.</translation>
    </message>
    <message>
        <source>%1 is JSON, not an ONNX model (a .memplan project or a Keras file is opened by its own importer).</source>
        <translation>%1 là JSON, không phải mô hình ONNX (dự án .memplan hay tệp Keras được mở bằng bộ nhập riêng).</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (a PyTorch .pt or a Keras .keras file?), not an ONNX model.</source>
        <translation>%1 là tệp nén ZIP (tệp .pt của PyTorch hay .keras của Keras?), không phải mô hình ONNX.</translation>
    </message>
    <message>
        <source>%1 is an HDF5 file (Keras .h5?), not an ONNX model.</source>
        <translation>%1 là tệp HDF5 (Keras .h5?), không phải mô hình ONNX.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 lacks a required input.</source>
        <translation>%1 thiếu một đầu vào bắt buộc.</translation>
    </message>
    <message>
        <source>an operator of a custom domain</source>
        <translation>phép toán thuộc một domain tùy chỉnh</translation>
    </message>
    <message>
        <source>its axis is out of range</source>
        <translation>trục của nó nằm ngoài phạm vi</translation>
    </message>
    <message>
        <source>class scores with more than one extra dimension</source>
        <translation>điểm số các lớp phân loại (class scores) có nhiều hơn một chiều phụ</translation>
    </message>
    <message>
        <source>MemPlanner does not model this operator</source>
        <translation>MemPlanner không mô hình hóa phép toán này</translation>
    </message>
    <message>
        <source>The graph has attention-like softmaxes but no Dropout: if the model uses dropout, it was exported in inference mode, which removes it, and the plan misses its masks. %1</source>
        <translation>Đồ thị có các softmax kiểu attention nhưng không có Dropout: nếu mô hình có dùng dropout thì nó đã được xuất ở chế độ suy luận (chế độ này loại bỏ dropout), và bản kế hoạch bỏ sót các mặt nạ (mask) của dropout. %1</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3) is kept as an opaque node (%4): its output shapes come from libonnx and it is assumed to save all its inputs for backward (conservative).</source>
        <translation>%1 ×%2 (%3) được giữ lại dưới dạng nút hộp đen (%4): hình dạng đầu ra lấy từ libonnx, và nút này được giả định (một cách thận trọng) là lưu toàn bộ đầu vào cho lượt truyền ngược.</translation>
    </message>
    <message>
        <source>its kernel, strides and dilations must be positive, one per spatial dimension</source>
        <translation>kernel, bước trượt (strides) và độ giãn (dilations) của nó phải là số dương, mỗi chiều không gian một giá trị</translation>
    </message>
    <message>
        <source>its pads do not match its kernel</source>
        <translation>phần đệm (pads) của nó không khớp với kernel</translation>
    </message>
</context>
<context>
    <name>OnnxWire</name>
    <message>
        <source>%1 is empty, not an ONNX model.</source>
        <translation>%1 rỗng, không phải mô hình ONNX.</translation>
    </message>
    <message>
        <source>%1 is not a valid ONNX model: the protobuf data is truncated or corrupt at byte %2 of %3.</source>
        <translation>%1 không phải mô hình ONNX hợp lệ: dữ liệu protobuf bị cắt cụt hoặc hỏng tại byte %2 trên tổng số %3.</translation>
    </message>
    <message>
        <source>%1 nests graphs more than %2 levels deep.</source>
        <translation>%1 lồng các đồ thị sâu hơn %2 cấp.</translation>
    </message>
    <message>
        <source>The graph structure of %1 (without its weights) is larger than %2 MiB.</source>
        <translation>Cấu trúc đồ thị của %1 (không tính trọng số) lớn hơn %2 MiB.</translation>
    </message>
    <message>
        <source>%1 is too large to read.</source>
        <translation>%1 quá lớn, không đọc được.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
</context>
<context>
    <name>OpContext</name>
    <message>
        <source>Node “%1” (%2): %3</source>
        <translation>Nút “%1” (%2): %3</translation>
    </message>
    <message>
        <source>attribute “%1” must be an integer.</source>
        <translation>thuộc tính “%1” phải là số nguyên.</translation>
    </message>
    <message>
        <source>attribute “%1” is required.</source>
        <translation>thiếu thuộc tính bắt buộc “%1”.</translation>
    </message>
    <message>
        <source>attribute “%1” needs %2 values.</source>
        <translation>thuộc tính “%1” cần %2 giá trị.</translation>
    </message>
    <message>
        <source>attribute “%1” must hold integers.</source>
        <translation>thuộc tính “%1” phải chứa các số nguyên.</translation>
    </message>
    <message>
        <source>attribute “%1” must be a list.</source>
        <translation>thuộc tính “%1” phải là một danh sách.</translation>
    </message>
    <message>
        <source>attribute “%1” must be true or false.</source>
        <translation>thuộc tính “%1” phải là true hoặc false.</translation>
    </message>
    <message>
        <source>attribute “%1” must be a number.</source>
        <translation>thuộc tính “%1” phải là một số.</translation>
    </message>
    <message>
        <source>attribute “%1” must be text.</source>
        <translation>thuộc tính “%1” phải là văn bản.</translation>
    </message>
    <message>
        <source>input %1 has %2 dimensions; expected %3.</source>
        <translation>đầu vào %1 có %2 chiều; cần %3 chiều.</translation>
    </message>
    <message>
        <source>dimension %1 is out of range for a tensor of %2 dimensions.</source>
        <translation>chiều %1 nằm ngoài phạm vi của một tensor %2 chiều.</translation>
    </message>
    <message>
        <source>kernel, stride and dilation must be positive and padding ≥ 0.</source>
        <translation>kernel, stride và dilation phải dương, còn padding ≥ 0.</translation>
    </message>
    <message>
        <source>the window (%1) is larger than the padded input (%2).</source>
        <translation>cửa sổ (%1) lớn hơn đầu vào sau khi đệm (%2).</translation>
    </message>
    <message>
        <source>shapes do not broadcast (%1 against %2 at dimension %3).</source>
        <translation>các hình dạng không broadcast được (%1 với %2 tại chiều %3).</translation>
    </message>
    <message>
        <source>out_channels and groups must be positive.</source>
        <translation>out_channels và groups phải dương.</translation>
    </message>
    <message>
        <source>%1 input and %2 output channels are not divisible by %3 groups.</source>
        <translation>%1 kênh đầu vào và %2 kênh đầu ra không chia hết cho %3 nhóm.</translation>
    </message>
    <message>
        <source>the transposed convolution gives an empty output.</source>
        <translation>tích chập chuyển vị cho ra đầu ra rỗng.</translation>
    </message>
    <message>
        <source>the input must have at least one dimension.</source>
        <translation>đầu vào phải có ít nhất một chiều.</translation>
    </message>
    <message>
        <source>out_features must be positive.</source>
        <translation>out_features phải dương.</translation>
    </message>
    <message>
        <source>both operands need at least one dimension.</source>
        <translation>cả hai toán hạng cần có ít nhất một chiều.</translation>
    </message>
    <message>
        <source>inner dimensions differ (%1 and %2).</source>
        <translation>các chiều trong không khớp (%1 và %2).</translation>
    </message>
    <message>
        <source>normalized_shape does not match the input's last dimensions.</source>
        <translation>normalized_shape không khớp với các chiều cuối của đầu vào.</translation>
    </message>
    <message>
        <source>%1 channels are not divisible by %2 groups.</source>
        <translation>%1 kênh không chia hết cho %2 nhóm.</translation>
    </message>
    <message>
        <source>approximate must be “none” or “tanh”.</source>
        <translation>approximate phải là “none” hoặc “tanh”.</translation>
    </message>
    <message>
        <source>padding must be at most half the kernel size.</source>
        <translation>padding không được vượt quá một nửa kích thước kernel.</translation>
    </message>
    <message>
        <source>output_size must be positive.</source>
        <translation>output_size phải dương.</translation>
    </message>
    <message>
        <source>the input needs a batch, a channel and a spatial dimension.</source>
        <translation>đầu vào cần có một chiều batch, một chiều kênh và một chiều không gian.</translation>
    </message>
    <message>
        <source>p must be between 0 and 1.</source>
        <translation>p phải nằm trong khoảng từ 0 đến 1.</translation>
    </message>
    <message>
        <source>start_dim comes after end_dim.</source>
        <translation>start_dim nằm sau end_dim.</translation>
    </message>
    <message>
        <source>0 in shape copies a dimension the input lacks.</source>
        <translation>giá trị 0 trong shape sao chép một chiều mà đầu vào không có.</translation>
    </message>
    <message>
        <source>shape may contain only one -1.</source>
        <translation>shape chỉ được chứa một giá trị -1.</translation>
    </message>
    <message>
        <source>shape entries must be positive, 0 or -1.</source>
        <translation>các phần tử của shape phải dương, bằng 0 hoặc -1.</translation>
    </message>
    <message>
        <source>cannot reshape %1 elements into that shape.</source>
        <translation>không thể reshape %1 phần tử thành hình dạng đó.</translation>
    </message>
    <message>
        <source>cannot reshape %1 elements into %2.</source>
        <translation>không thể reshape %1 phần tử thành %2.</translation>
    </message>
    <message>
        <source>dims must list all %1 dimensions.</source>
        <translation>dims phải liệt kê đủ cả %1 chiều.</translation>
    </message>
    <message>
        <source>dims repeats dimension %1.</source>
        <translation>dims lặp lại chiều %1.</translation>
    </message>
    <message>
        <source>index %1 is out of range for size %2.</source>
        <translation>chỉ số %1 nằm ngoài phạm vi của kích thước %2.</translation>
    </message>
    <message>
        <source>size %1 does not split into %2 equal parts.</source>
        <translation>kích thước %1 không chia được thành %2 phần bằng nhau.</translation>
    </message>
    <message>
        <source>split sizes must be positive.</source>
        <translation>các kích thước split phải dương.</translation>
    </message>
    <message>
        <source>split sizes add up to %1, not %2.</source>
        <translation>tổng các kích thước split là %1, không phải %2.</translation>
    </message>
    <message>
        <source>an in-place result must keep the first input's shape.</source>
        <translation>kết quả in-place phải giữ hình dạng của đầu vào thứ nhất.</translation>
    </message>
    <message>
        <source>Mul takes exactly two inputs.</source>
        <translation>Mul nhận đúng hai đầu vào.</translation>
    </message>
    <message>
        <source>all inputs need %1 dimensions.</source>
        <translation>mọi đầu vào đều cần có %1 chiều.</translation>
    </message>
    <message>
        <source>inputs differ in dimension %1.</source>
        <translation>các đầu vào khác nhau ở chiều %1.</translation>
    </message>
    <message>
        <source>the input must hold integer indices.</source>
        <translation>đầu vào phải chứa các chỉ số nguyên.</translation>
    </message>
    <message>
        <source>num_embeddings and embedding_dim must be positive.</source>
        <translation>num_embeddings và embedding_dim phải dương.</translation>
    </message>
    <message>
        <source>embed_dim must be a positive multiple of num_heads.</source>
        <translation>embed_dim phải là bội số dương của num_heads.</translation>
    </message>
    <message>
        <source>the inputs' last dimension must equal embed_dim (%1).</source>
        <translation>chiều cuối của các đầu vào phải bằng embed_dim (%1).</translation>
    </message>
    <message>
        <source>path must be “auto”, “math” or “fused”.</source>
        <translation>path phải là “auto”, “math” hoặc “fused”.</translation>
    </message>
    <message>
        <source>hidden_size and num_layers must be positive.</source>
        <translation>hidden_size và num_layers phải dương.</translation>
    </message>
    <message>
        <source>the target must hold integer class indices.</source>
        <translation>target phải chứa chỉ số lớp dạng số nguyên.</translation>
    </message>
    <message>
        <source>logits must be the target's shape plus a class dimension.</source>
        <translation>logits phải có hình dạng của target cộng thêm một chiều lớp.</translation>
    </message>
    <message>
        <source>input and target shapes differ.</source>
        <translation>hình dạng của input và target khác nhau.</translation>
    </message>
    <message>
        <source>attribute “%1” holds “%2”, which is not a size.</source>
        <translation>thuộc tính “%1” chứa “%2”, không phải một kích thước.</translation>
    </message>
    <message>
        <source>head_dim and value_dim must be positive.</source>
        <translation>head_dim và value_dim phải dương.</translation>
    </message>
    <message>
        <source>bias_vectors must be 1 or 2.</source>
        <translation>bias_vectors phải bằng 1 hoặc 2.</translation>
    </message>
    <message>
        <source>param_shape entries must be positive.</source>
        <translation>các phần tử của param_shape phải dương.</translation>
    </message>
    <message>
        <source>unknown function “%1”.</source>
        <translation>hàm không xác định “%1”.</translation>
    </message>
    <message>
        <source>function “%1” does not take %2 inputs.</source>
        <translation>hàm “%1” không nhận %2 đầu vào.</translation>
    </message>
    <message>
        <source>a trainable operand needs a single data input.</source>
        <translation>toán hạng huấn luyện được chỉ dùng được với đúng một đầu vào dữ liệu.</translation>
    </message>
    <message>
        <source>unknown element type “%1”.</source>
        <translation>kiểu phần tử không xác định “%1”.</translation>
    </message>
    <message>
        <source>unknown reduction “%1”.</source>
        <translation>phép rút gọn không xác định “%1”.</translation>
    </message>
    <message>
        <source>dimension %1 has size %2, not 1.</source>
        <translation>chiều %1 có kích thước %2, không phải 1.</translation>
    </message>
    <message>
        <source>shape entries must be positive or -1.</source>
        <translation>các phần tử của shape phải dương hoặc bằng -1.</translation>
    </message>
    <message>
        <source>starts, ends, axes and steps need the same length.</source>
        <translation>starts, ends, axes và steps phải có cùng độ dài.</translation>
    </message>
    <message>
        <source>steps must be positive.</source>
        <translation>steps phải dương.</translation>
    </message>
    <message>
        <source>the slice of dimension %1 is empty.</source>
        <translation>lát cắt trên chiều %1 rỗng.</translation>
    </message>
    <message>
        <source>pads needs %1 values.</source>
        <translation>pads cần %1 giá trị.</translation>
    </message>
    <message>
        <source>unknown padding mode “%1”.</source>
        <translation>chế độ đệm không xác định “%1”.</translation>
    </message>
    <message>
        <source>padding leaves dimension %1 empty.</source>
        <translation>sau khi đệm, chiều %1 bị rỗng.</translation>
    </message>
    <message>
        <source>attribute “sizes” or “scales” is required.</source>
        <translation>cần có thuộc tính “sizes” hoặc “scales”.</translation>
    </message>
    <message>
        <source>scales must be positive numbers.</source>
        <translation>scales phải là các số dương.</translation>
    </message>
    <message>
        <source>the target needs one entry per dimension (%1).</source>
        <translation>đích cần đúng một phần tử cho mỗi chiều (%1).</translation>
    </message>
    <message>
        <source>the resized tensor would be empty.</source>
        <translation>tensor sau khi đổi kích thước sẽ rỗng.</translation>
    </message>
    <message>
        <source>unknown mode “%1”.</source>
        <translation>chế độ không xác định “%1”.</translation>
    </message>
    <message>
        <source>the equation names %1 operands for %2 inputs.</source>
        <translation>biểu thức nêu %1 toán hạng cho %2 đầu vào.</translation>
    </message>
    <message>
        <source>the equation may hold only letters, “,”, “...” and “-&gt;”.</source>
        <translation>biểu thức chỉ được chứa chữ cái, “,”, “...” và “-&gt;”.</translation>
    </message>
    <message>
        <source>operand %1 has %2 dimensions; the equation gives it %3.</source>
        <translation>toán hạng %1 có %2 chiều; biểu thức lại cho nó %3 chiều.</translation>
    </message>
    <message>
        <source>index “%1” has sizes %2 and %3.</source>
        <translation>chỉ số “%1” có hai kích thước khác nhau: %2 và %3.</translation>
    </message>
    <message>
        <source>output index “%1” is not an operand's.</source>
        <translation>chỉ số đầu ra “%1” không thuộc toán hạng nào.</translation>
    </message>
    <message>
        <source>the output drops the “...” dimensions.</source>
        <translation>đầu ra bỏ mất các chiều “...”.</translation>
    </message>
    <message>
        <source>shape entries must be positive.</source>
        <translation>các phần tử của shape phải dương.</translation>
    </message>
    <message>
        <source>attribute “output_shapes” is required.</source>
        <translation>thiếu thuộc tính bắt buộc “output_shapes”.</translation>
    </message>
    <message>
        <source>output_shapes must hold lists.</source>
        <translation>output_shapes phải chứa các danh sách.</translation>
    </message>
    <message>
        <source>output %1 has a bad dimension.</source>
        <translation>đầu ra %1 có một chiều không hợp lệ.</translation>
    </message>
    <message>
        <source>input (unknown op: kept conservatively)</source>
        <translation>đầu vào (phép toán không xác định: giữ lại cho an toàn)</translation>
    </message>
</context>
<context>
    <name>OpSchema</name>
    <message>
        <source>Convolution</source>
        <translation>Tích chập</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Tuyến tính</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Chuẩn hóa</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Hàm kích hoạt</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Điều chuẩn</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Biến đổi hình dạng</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>Số học</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Recurrent</source>
        <translation>Hồi quy</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Hàm mất mát</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” không phải là số nguyên.</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value, %2.</source>
        <translation>%1 nhỏ hơn giá trị nhỏ nhất cho phép là %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là một số.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Cần giá trị true hoặc false.</translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation>Cần một trong các giá trị: %1.</translation>
    </message>
    <message>
        <source>Expected a whole number or a list such as “3, 3”.</source>
        <translation>Cần một số nguyên hoặc một danh sách, ví dụ “3, 3”.</translation>
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
        <translation>SGD với momentum</translation>
    </message>
    <message>
        <source>SGD with Nesterov momentum</source>
        <translation>SGD với momentum Nesterov</translation>
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
        <translation>RMSprop (centered)</translation>
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
        <translation>Adam 8-bit</translation>
    </message>
    <message>
        <source>Unknown optimizer “%1”. Known: %2.</source>
        <translation>Bộ tối ưu không xác định “%1”. Các bộ tối ưu đã biết: %2.</translation>
    </message>
</context>
<context>
    <name>PlanConfig</name>
    <message>
        <source>“%1” is not a size (try 6GiB, 500MB or 1048576).</source>
        <translation>“%1” không phải là một kích thước (thử 6GiB, 500MB hoặc 1048576).</translation>
    </message>
    <message>
        <source>The size “%1” is too large.</source>
        <translation>Kích thước “%1” quá lớn.</translation>
    </message>
    <message>
        <source>Unknown optimizer implementation “%1” (use foreach, loop or fused).</source>
        <translation>Cách cài đặt bộ tối ưu không xác định “%1” (dùng foreach, loop hoặc fused).</translation>
    </message>
    <message>
        <source>config.mode must be “train” or “infer”, not “%1”.</source>
        <translation>config.mode phải là “train” hoặc “infer”, chứ không phải “%1”.</translation>
    </message>
    <message>
        <source>config.%1 must be a positive whole number.</source>
        <translation>config.%1 phải là số nguyên dương.</translation>
    </message>
</context>
<context>
    <name>PlanSerializer</name>
    <message>
        <source>none</source>
        <translation>không dùng</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n đoạn</numerusform>
        </translation>
    </message>
    <message>
        <source>forward</source>
        <translation>truyền xuôi</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>truyền ngược</translation>
    </message>
    <message>
        <source>optimizer step</source>
        <translation>bước tối ưu</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Optimizer state</source>
        <translation>Trạng thái bộ tối ưu</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Giá trị kích hoạt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Vùng nhớ làm việc</translation>
    </message>
    <message>
        <source>Input batch</source>
        <translation>Batch đầu vào</translation>
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
        <translation>huấn luyện</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <source>%1 — %2, batch %3</source>
        <translation>%1 — %2, batch %3</translation>
    </message>
    <message>
        <source>Parameters: %1 (%2 trainable), %3 nodes</source>
        <translation>Tham số: %1 (%2 huấn luyện được), %3 nút</translation>
    </message>
    <message>
        <source>Configuration: optimizer %1, precision %2, checkpointing %3, runtime %4</source>
        <translation>Cấu hình: bộ tối ưu %1, độ chính xác %2, gradient checkpointing (%3), runtime %4</translation>
    </message>
    <message>
        <source>Peak memory (%1%2):</source>
        <translation>Bộ nhớ đỉnh (%1%2):</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, tại %1</translation>
    </message>
    <message>
        <source>Tensor peak</source>
        <translation>Đỉnh tensor</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Chi phí runtime</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>Đỉnh thiết bị</translation>
    </message>
    <message>
        <source>Compute per step: forward %1, backward %2, recompute %3, total %4</source>
        <translation>Khối lượng tính toán mỗi bước: truyền xuôi %1, truyền ngược %2, tính lại %3, tổng %4</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Thiết bị:</translation>
    </message>
    <message>
        <source>fits, %1 free</source>
        <translation>vừa, còn trống %1</translation>
    </message>
    <message>
        <source>does not fit, %1 short</source>
        <translation>không vừa, thiếu %1</translation>
    </message>
    <message>
        <source>any batch</source>
        <translation>batch bất kỳ</translation>
    </message>
    <message>
        <source>not even batch 1</source>
        <translation>kể cả batch 1 cũng không vừa</translation>
    </message>
    <message>
        <source>largest batch %1</source>
        <translation>batch lớn nhất %1</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 — %4; %5; step ≈ %6 s</source>
        <translation>  %1: %2 trên %3 — %4; %5; mỗi bước ≈ %6 s</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>  Nothing fits; the closest configuration misses by %1.</source>
        <translation>  Không cấu hình nào vừa; cấu hình gần nhất còn thiếu %1.</translation>
    </message>
    <message>
        <source>no checkpointing</source>
        <translation>không checkpoint</translation>
    </message>
    <message>
        <source>checkpointing %1</source>
        <translation>checkpoint %1</translation>
    </message>
    <message>
        <source>  %1. %2, %3, %4: micro-batch %5 × %6 steps, peak %7, ≈ %8 samples/s</source>
        <translation>  %1. %2, %3, %4: micro-batch %5 × %6 bước, đỉnh %7, ≈ %8 mẫu/s</translation>
    </message>
    <message>
        <source>Fused on import: %1</source>
        <translation>Hợp nhất khi nhập: %1</translation>
    </message>
    <message numerus="yes">
        <source>, freezing the first %n layer(s)</source>
        <translation>
            <numerusform>, đóng băng %n lớp đầu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The precision “%1” is for inference only; choose --mode infer or another precision.</source>
        <translation>Độ chính xác “%1” chỉ dùng cho suy luận; hãy chọn --mode infer hoặc một độ chính xác khác.</translation>
    </message>
    <message>
        <source>The graph has no point where a single tensor crosses; it cannot be checkpointed in segments.</source>
        <translation>Đồ thị không có điểm nào mà chỉ một tensor đi qua; không thể chia thành các đoạn checkpoint.</translation>
    </message>
    <message>
        <source>Only %1 segments are possible (the graph has %2 cut points).</source>
        <translation>Chỉ có thể chia tối đa %1 đoạn (đồ thị có %2 điểm cắt).</translation>
    </message>
    <message>
        <source>No checkpointing meets the budget; the plan uses the lowest peak found.</source>
        <translation>Không cách checkpoint nào đáp ứng hạn mức; bản kế hoạch dùng mức đỉnh thấp nhất tìm được.</translation>
    </message>
    <message>
        <source>the training step</source>
        <translation>bước huấn luyện</translation>
    </message>
    <message>
        <source>%1 has no native %2 math; timed at its float32 rate.</source>
        <translation>%1 không hỗ trợ tính toán %2 gốc; thời gian được tính theo tốc độ float32.</translation>
    </message>
    <message>
        <source>%1 is meant for inference; training there is impractical.</source>
        <translation>%1 dành cho suy luận; huấn luyện trên thiết bị này là không thực tế.</translation>
    </message>
    <message>
        <source>The graph has no loss node: backward is assumed to start from its outputs with gradients of their size.</source>
        <translation>Đồ thị không có nút hàm mất mát: giả định lượt truyền ngược bắt đầu từ các đầu ra, với gradient có cùng kích thước.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>batch %1</translation>
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
        <translation>độ chính xác hỗn hợp (autocast float16)</translation>
    </message>
    <message>
        <source>mixed precision (bfloat16 autocast)</source>
        <translation>độ chính xác hỗn hợp (autocast bfloat16)</translation>
    </message>
    <message>
        <source>pure float16</source>
        <translation>float16 thuần</translation>
    </message>
    <message>
        <source>pure bfloat16</source>
        <translation>bfloat16 thuần</translation>
    </message>
    <message>
        <source>float16 with float32 master weights</source>
        <translation>float16 với trọng số chính float32</translation>
    </message>
    <message>
        <source>bfloat16 with float32 master weights</source>
        <translation>bfloat16 với trọng số chính float32</translation>
    </message>
    <message>
        <source>int8 weights (inference)</source>
        <translation>trọng số int8 (suy luận)</translation>
    </message>
    <message>
        <source>int4 weights (inference)</source>
        <translation>trọng số int4 (suy luận)</translation>
    </message>
    <message>
        <source>Unknown precision “%1”. Known: %2.</source>
        <translation>Độ chính xác không xác định “%1”. Các giá trị đã biết: %2.</translation>
    </message>
</context>
<context>
    <name>ProfileCatalogue</name>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 không phải JSON hợp lệ: %2.</translation>
    </message>
    <message>
        <source>%1 has no “%2” list.</source>
        <translation>%1 không có danh sách “%2”.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: “%2” must be a non-empty text.</source>
        <translation>%1: “%2” phải là văn bản không rỗng.</translation>
    </message>
    <message>
        <source>%1: every graph input must be an object.</source>
        <translation>%1: mỗi đầu vào của đồ thị phải là một đối tượng.</translation>
    </message>
    <message>
        <source>%1, input “%2”</source>
        <translation>%1, đầu vào “%2”</translation>
    </message>
    <message>
        <source>%1: “shape” must be a list.</source>
        <translation>%1: “shape” phải là một danh sách.</translation>
    </message>
    <message>
        <source>%1: shape entries must be positive integers, “batch” or “seq”.</source>
        <translation>%1: các phần tử của shape phải là số nguyên dương, “batch” hoặc “seq”.</translation>
    </message>
    <message>
        <source>%1: unknown dtype “%2”.</source>
        <translation>%1: dtype không xác định “%2”.</translation>
    </message>
    <message>
        <source>%1: every node must be an object.</source>
        <translation>%1: mỗi nút phải là một đối tượng.</translation>
    </message>
    <message>
        <source>%1, node “%2”</source>
        <translation>%1, nút “%2”</translation>
    </message>
    <message>
        <source>%1: “inputs” must be a list of tensor names.</source>
        <translation>%1: “inputs” phải là danh sách tên tensor.</translation>
    </message>
    <message>
        <source>%1: “attrs” must be an object.</source>
        <translation>%1: “attrs” phải là một đối tượng.</translation>
    </message>
    <message>
        <source>There is no built-in network “%1”. Built-in: %2.</source>
        <translation>Không có mạng có sẵn nào tên “%1”. Các mạng có sẵn: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Không mở được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; it is not a project file.</source>
        <translation>%1 lớn hơn 512 MB; đây không phải tệp dự án.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 không phải JSON hợp lệ (%2 tại byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a MemPlanner project.</source>
        <translation>%1 không phải dự án MemPlanner.</translation>
    </message>
    <message>
        <source>%1 is not a MemPlanner project (no “format”: “memplanner.project”).</source>
        <translation>%1 không phải dự án MemPlanner (không có “format”: “memplanner.project”).</translation>
    </message>
    <message>
        <source>%1 has format version %2; this MemPlanner reads versions 1 to %3.</source>
        <translation>%1 có phiên bản định dạng %2; MemPlanner này đọc được phiên bản 1 đến %3.</translation>
    </message>
    <message>
        <source>%1: “graph” needs “inputs” and “nodes” lists.</source>
        <translation>%1: “graph” cần có danh sách “inputs” và “nodes”.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. The previous file is unchanged.</source>
        <translation>Lưu %1 thất bại: %2. Tệp trước đó vẫn giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Đối số:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiển thị trợ giúp về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiển thị trợ giúp, kể cả các tùy chọn riêng của Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Tùy chọn không xác định: '%1'.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Các tùy chọn không xác định: %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Thiếu giá trị sau '%1'.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Giá trị không mong đợi sau '%1'.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Không lưu</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;trống&gt;</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
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
        <translation>Bộ nhớ (%1)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không dùng</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n segment(s))</source>
        <translation>
            <numerusform>%1 (%n đoạn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory plan: %1</source>
        <translation>Kế hoạch bộ nhớ: %1</translation>
    </message>
    <message>
        <source>%1 at batch %2. Written by %3 on %4.</source>
        <translation>%1 với batch %2. Báo cáo do %3 tạo vào %4.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(chưa lưu)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Số tham số</translation>
    </message>
    <message>
        <source>%1 (%2 trainable)</source>
        <translation>%1 (%2 huấn luyện được)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Số nút</translation>
    </message>
    <message>
        <source>Forward FLOPs per step</source>
        <translation>FLOP truyền xuôi mỗi bước</translation>
    </message>
    <message>
        <source>Backward FLOPs per step</source>
        <translation>FLOP truyền ngược mỗi bước</translation>
    </message>
    <message>
        <source>Recompute FLOPs per step</source>
        <translation>FLOP tính lại mỗi bước</translation>
    </message>
    <message>
        <source>Fused on import</source>
        <translation>Hợp nhất khi nhập</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Kích thước batch</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Độ dài chuỗi</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Bộ tối ưu</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Gradients kept between steps</source>
        <translation>Gradient được giữ lại giữa các bước</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Target devices</source>
        <translation>Thiết bị đích</translation>
    </message>
    <message>
        <source>Memory at the peak</source>
        <translation>Bộ nhớ tại thời điểm đỉnh</translation>
    </message>
    <message>
        <source>The device peak is %1, reached during %2.</source>
        <translation>Đỉnh thiết bị là %1, đạt được trong giai đoạn %2.</translation>
    </message>
    <message>
        <source>The device peak is %1, reached during %2 at %3.</source>
        <translation>Đỉnh thiết bị là %1, đạt được trong giai đoạn %2, tại %3.</translation>
    </message>
    <message>
        <source>Tensor peak</source>
        <translation>Đỉnh tensor</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Chi phí runtime</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>Đỉnh thiết bị</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <source>Share of the device peak</source>
        <translation>Tỉ lệ trong đỉnh thiết bị</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Device peak, by part, at the peak moment</source>
        <translation>Đỉnh thiết bị theo từng phần, tại thời điểm đỉnh</translation>
    </message>
    <message>
        <source>Batch size and checkpointing</source>
        <translation>Kích thước batch và gradient checkpointing</translation>
    </message>
    <message>
        <source>The device peak of this configuration and its variants against the batch size, with the capacity of each target device.</source>
        <translation>Đỉnh thiết bị của cấu hình này và các biến thể của nó theo kích thước batch, cùng với dung lượng của từng thiết bị đích.</translation>
    </message>
    <message>
        <source>Each point is a way to checkpoint at batch %1: the device peak against the extra compute it costs.</source>
        <translation>Mỗi điểm là một cách đặt checkpoint ở batch %1: đỉnh thiết bị theo khối lượng tính toán thêm mà cách đó tốn.</translation>
    </message>
    <message>
        <source>No batch size to show.</source>
        <translation>Không có kích thước batch nào để hiển thị.</translation>
    </message>
    <message>
        <source>Device peak against batch size</source>
        <translation>Đỉnh thiết bị theo kích thước batch</translation>
    </message>
    <message>
        <source>No way to checkpoint this graph.</source>
        <translation>Không có cách nào để đặt checkpoint cho đồ thị này.</translation>
    </message>
    <message>
        <source>Extra compute (% of forward and backward)</source>
        <translation>Tính toán thêm (% so với truyền xuôi và truyền ngược)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Đường biên</translation>
    </message>
    <message>
        <source>Device peak against the extra compute of checkpointing (batch %1)</source>
        <translation>Đỉnh thiết bị theo khối lượng tính toán thêm của gradient checkpointing (batch %1)</translation>
    </message>
    <message>
        <source>No target device was chosen.</source>
        <translation>Chưa chọn thiết bị đích nào.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
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
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Bộ nhớ dùng được</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Phần dư</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Batch lớn nhất</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Thời gian mỗi bước</translation>
    </message>
    <message>
        <source>Step time is a roofline estimate from each device's peak FLOP/s and memory bandwidth.</source>
        <translation>Thời gian mỗi bước là ước lượng theo mô hình roofline, dựa trên FLOP/s đỉnh và băng thông bộ nhớ của từng thiết bị.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Các đề xuất</translation>
    </message>
    <message>
        <source>The assistant ranks training configurations for the target devices; there is none to rank.</source>
        <translation>Trợ lý xếp hạng các cấu hình huấn luyện cho các thiết bị đích; hiện không có cấu hình nào để xếp hạng.</translation>
    </message>
    <message>
        <source>For each device, the configurations that fit, ranked by estimated throughput at an effective batch of %1 (gradient accumulation keeps it).</source>
        <translation>Với mỗi thiết bị, các cấu hình vừa được xếp hạng theo thông lượng ước tính với batch hiệu dụng %1 (tích lũy gradient giữ nguyên batch hiệu dụng này).</translation>
    </message>
    <message>
        <source>%1 (%2 usable)</source>
        <translation>%1 (dùng được %2)</translation>
    </message>
    <message>
        <source>Nothing fits.</source>
        <translation>Không cấu hình nào vừa.</translation>
    </message>
    <message>
        <source>Nothing fits, not even batch 1. The closest is %1, which misses by %2.</source>
        <translation>Không cấu hình nào vừa, kể cả với batch 1. Cấu hình gần nhất là %1, còn thiếu %2.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Micro-batch × steps</source>
        <translation>Micro-batch × số bước</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>Mẫu/s</translation>
    </message>
    <message>
        <source>Extra compute</source>
        <translation>Tính toán thêm</translation>
    </message>
    <message>
        <source>Layers that save the most for backward</source>
        <translation>Các lớp lưu nhiều nhất cho lượt truyền ngược</translation>
    </message>
    <message>
        <source>No layer saves anything for backward.</source>
        <translation>Không có lớp nào lưu gì cho lượt truyền ngược.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Phép toán</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Hình dạng đầu ra</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Share of the tensor peak</source>
        <translation>Tỉ lệ trong đỉnh tensor</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Các giả định</translation>
    </message>
    <message>
        <source>calibrated: %1 per sample</source>
        <translation>đã hiệu chỉnh: %1 mỗi mẫu</translation>
    </message>
    <message>
        <source>not calibrated</source>
        <translation>chưa hiệu chỉnh</translation>
    </message>
    <message>
        <source>%1 — source: %2</source>
        <translation>%1 — nguồn: %2</translation>
    </message>
    <message>
        <source>Runtime overhead, from the runtime profiles used:</source>
        <translation>Chi phí runtime, theo các hồ sơ runtime đã dùng:</translation>
    </message>
    <message>
        <source>Context and libraries</source>
        <translation>Context và các thư viện</translation>
    </message>
    <message>
        <source>Allocator block</source>
        <translation>Khối của bộ cấp phát</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Phân mảnh</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Hiệu chỉnh</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Không ghi được báo cáo vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Không ghi được báo cáo vào %1.</translation>
    </message>
    <message>
        <source>MemPlanner — %1</source>
        <translation>MemPlanner — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 trên %2</translation>
    </message>
    <message>
        <source>Semantics: one step of PyTorch 2.x eager autograd, counted per tensor storage over time. Autograd's saved tensors, views and in-place operations, the tensors Python's frames still hold (a module's arguments until it returns, written-out attention's locals), autocast copies, library copies and workspaces, and the optimizer's state and step buffers are simulated; the breakdown is taken at the peak moment and adds up to the tensor peak, the figure comparable to torch.cuda.max_memory_allocated. The device peak adds the runtime overhead.</source>
        <translation>Ngữ nghĩa: một bước autograd ở chế độ eager của PyTorch 2.x, được tính theo từng vùng lưu trữ (storage) của tensor theo thời gian. Các tensor được autograd lưu lại, các view và phép toán tại chỗ (in-place), các tensor mà khung (frame) Python vẫn còn giữ (đối số của một mô-đun cho đến khi mô-đun trả về, các biến cục bộ của attention viết tường minh), các bản sao do autocast tạo ra, các bản sao và vùng nhớ làm việc của thư viện, cùng trạng thái và các bộ đệm của bước tối ưu đều được mô phỏng; bảng phân tách được lấy tại thời điểm đỉnh và có tổng bằng đỉnh tensor, tức con số có thể so sánh với torch.cuda.max_memory_allocated. Đỉnh thiết bị cộng thêm chi phí runtime.</translation>
    </message>
</context>
<context>
    <name>RuntimeProfile</name>
    <message>
        <source>A runtime profile has no “id”.</source>
        <translation>Một hồ sơ runtime không có “id”.</translation>
    </message>
    <message>
        <source>Runtime “%1”: “%2” must be a byte count.</source>
        <translation>Runtime “%1”: “%2” phải là một số byte.</translation>
    </message>
    <message>
        <source>Runtime “%1”: fragmentation must be between 0 and 10.</source>
        <translation>Runtime “%1”: hệ số phân mảnh (fragmentation) phải nằm trong khoảng từ 0 đến 10.</translation>
    </message>
    <message>
        <source>Unknown runtime “%1”. Known: %2.</source>
        <translation>Runtime không xác định “%1”. Các runtime đã biết: %2.</translation>
    </message>
    <message>
        <source>Runtime “%1”: “rnn_path” must be “cudnn” or “cpu-cells”.</source>
        <translation>Runtime “%1”: “rnn_path” phải là “cudnn” hoặc “cpu-cells”.</translation>
    </message>
    <message>
        <source>Runtime “%1”: “onednn_block_channels” must be a whole number from 0 to 64.</source>
        <translation>Runtime “%1”: “onednn_block_channels” phải là số nguyên từ 0 đến 64.</translation>
    </message>
</context>
<context>
    <name>ShardingPlanner</name>
    <message>
        <source>%1 must not be negative (got %2).</source>
        <translation>%1 không được âm (nhận được %2).</translation>
    </message>
    <message>
        <source>%1 must be at least 1 (got %2).</source>
        <translation>%1 phải ít nhất là 1 (nhận được %2).</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Số tham số</translation>
    </message>
    <message>
        <source>Weight bytes</source>
        <translation>Số byte trọng số</translation>
    </message>
    <message>
        <source>Gradient bytes</source>
        <translation>Số byte gradient</translation>
    </message>
    <message>
        <source>Master weight bytes</source>
        <translation>Số byte trọng số chính</translation>
    </message>
    <message>
        <source>Optimizer state bytes</source>
        <translation>Số byte trạng thái bộ tối ưu</translation>
    </message>
    <message>
        <source>The number of GPUs</source>
        <translation>Số GPU</translation>
    </message>
    <message>
        <source>The tensor-parallel degree</source>
        <translation>Bậc song song tensor</translation>
    </message>
    <message>
        <source>The micro-batch</source>
        <translation>Micro-batch</translation>
    </message>
    <message>
        <source>Gradient accumulation steps</source>
        <translation>Số bước tích lũy gradient</translation>
    </message>
    <message>
        <source>The bucket size</source>
        <translation>Kích thước bucket</translation>
    </message>
    <message>
        <source>Units in flight</source>
        <translation>Số đơn vị được gom đồng thời</translation>
    </message>
    <message>
        <source>Largest unit parameters</source>
        <translation>Số tham số của đơn vị lớn nhất</translation>
    </message>
    <message>
        <source>Activation bytes</source>
        <translation>Số byte giá trị kích hoạt</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>Bộ nhớ GPU</translation>
    </message>
    <message>
        <source>Transformer layers</source>
        <translation>Số lớp Transformer</translation>
    </message>
    <message>
        <source>Block parameters (%1) must lie between 0 and the parameter count (%2), or be −1 for all.</source>
        <translation>Số tham số của khối (%1) phải nằm trong khoảng từ 0 đến tổng số tham số (%2), hoặc bằng −1 để chỉ toàn bộ.</translation>
    </message>
    <message>
        <source>%1 GPUs cannot be split into tensor-parallel groups of %2.</source>
        <translation>Không thể chia %1 GPU thành các nhóm song song tensor gồm %2 GPU.</translation>
    </message>
    <message>
        <source>The largest unit (%1 parameters) is larger than the model (%2).</source>
        <translation>Đơn vị lớn nhất (%1 tham số) lớn hơn cả mô hình (%2).</translation>
    </message>
    <message>
        <source>Parameter offload needs ZeRO stage 3 or FSDP.</source>
        <translation>Offload tham số cần ZeRO giai đoạn 3 hoặc FSDP.</translation>
    </message>
    <message>
        <source>CPU offload needs a ZeRO stage or FSDP, not DDP.</source>
        <translation>Offload sang CPU cần một giai đoạn ZeRO hoặc FSDP, không dùng được với DDP.</translation>
    </message>
    <message>
        <source>per-GPU model states</source>
        <translation>trạng thái mô hình trên mỗi GPU</translation>
    </message>
    <message>
        <source>per-GPU memory</source>
        <translation>bộ nhớ mỗi GPU</translation>
    </message>
    <message>
        <source>Transformer layers, sequence, hidden size, heads, micro-batch and tensor-parallel degree must all be at least 1.</source>
        <translation>Số lớp Transformer, độ dài chuỗi, kích thước ẩn, số head, micro-batch và bậc song song tensor đều phải ít nhất là 1.</translation>
    </message>
    <message>
        <source>transformer activations</source>
        <translation>giá trị kích hoạt của transformer</translation>
    </message>
    <message>
        <source>Offload keeps %1 bytes per GPU process in host RAM.</source>
        <translation>Offload giữ %1 byte trong RAM máy chủ cho mỗi tiến trình GPU.</translation>
    </message>
    <message>
        <source>DDP gradients are views into its %1 buckets: no extra copy.</source>
        <translation>Gradient của DDP là các view vào %1 bucket của nó: không có bản sao thêm.</translation>
    </message>
    <message>
        <source>DDP keeps a flat copy of all gradients in %1 buckets of at most %2 bytes; gradient_as_bucket_view=True removes it.</source>
        <translation>DDP giữ một bản sao phẳng của toàn bộ gradient trong %1 bucket, mỗi bucket tối đa %2 byte; gradient_as_bucket_view=True loại bỏ bản sao này.</translation>
    </message>
    <message>
        <source>One reduce bucket of %1 bytes is counted as communication buffer.</source>
        <translation>Một bucket reduce %1 byte được tính là bộ đệm truyền thông.</translation>
    </message>
    <message>
        <source>No FSDP unit size given: assuming no auto-wrap policy, so the whole model is gathered at once.</source>
        <translation>Không có kích thước đơn vị FSDP: giả định không có auto-wrap policy, nên toàn bộ mô hình được gom cùng lúc.</translation>
    </message>
    <message>
        <source>Gradient accumulation over %1 micro-batches raises the global batch to %2 without raising per-GPU memory.</source>
        <translation>Tích lũy gradient qua %1 micro-batch nâng batch toàn cục lên %2 mà không làm tăng bộ nhớ mỗi GPU.</translation>
    </message>
    <message>
        <source>Each GPU needs %1 bytes but has %2.</source>
        <translation>Mỗi GPU cần %1 byte nhưng chỉ có %2.</translation>
    </message>
    <message>
        <source>multi-GPU plan</source>
        <translation>kế hoạch nhiều GPU</translation>
    </message>
    <message>
        <source>Data parallel (DDP)</source>
        <translation>Song song dữ liệu (DDP)</translation>
    </message>
    <message>
        <source>ZeRO stage 1</source>
        <translation>ZeRO giai đoạn 1</translation>
    </message>
    <message>
        <source>ZeRO stage 2</source>
        <translation>ZeRO giai đoạn 2</translation>
    </message>
    <message>
        <source>ZeRO stage 3</source>
        <translation>ZeRO giai đoạn 3</translation>
    </message>
    <message>
        <source>FSDP (full shard)</source>
        <translation>FSDP (chia shard toàn phần)</translation>
    </message>
</context>
<context>
    <name>memplanner::BatchSweepModel</name>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
</context>
<context>
    <name>memplanner::BreakdownSeriesModel</name>
    <message>
        <source>Runtime overhead</source>
        <translation>Chi phí runtime</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>Đỉnh thiết bị</translation>
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
        <translation>Bộ nhớ (%1)</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Bản kế hoạch hiện tại</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>Đã ghim: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 trên %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Device peak, by part, at the peak moment</source>
        <translation>Đỉnh thiết bị theo từng phần, tại thời điểm đỉnh</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Kích thước batch</translation>
    </message>
    <message>
        <source>%1
batch %2: %3</source>
        <translation>%1
batch %2: %3</translation>
    </message>
    <message>
        <source>Largest batch on %1</source>
        <translation>Batch lớn nhất trên %1</translation>
    </message>
    <message>
        <source>%1: largest batch %2 on %3</source>
        <translation>%1: batch lớn nhất %2 trên %3</translation>
    </message>
    <message>
        <source>Device peak against batch size</source>
        <translation>Đỉnh thiết bị theo kích thước batch</translation>
    </message>
    <message>
        <source>Extra compute (% of forward and backward)</source>
        <translation>Tính toán thêm (% so với truyền xuôi và truyền ngược)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Đường biên</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n segment(s)
peak %2, extra compute %3 (%4)
Click to apply.</source>
        <translation>
            <numerusform>%1, %n đoạn
đỉnh %2, tính toán thêm %3 (%4)
Nhấp để áp dụng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device peak against the extra compute of checkpointing (batch %1)</source>
        <translation>Đỉnh thiết bị theo khối lượng tính toán thêm của gradient checkpointing (batch %1)</translation>
    </message>
    <message>
        <source>Moment of the step (forward, backward, optimizer step)</source>
        <translation>Thời điểm trong bước (truyền xuôi, truyền ngược, bước tối ưu)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 tại %2</translation>
    </message>
    <message>
        <source>the step's start or the optimizer</source>
        <translation>đầu bước hoặc bộ tối ưu</translation>
    </message>
    <message>
        <source>Tensors: %1</source>
        <translation>Tensor: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Peak %1</source>
        <translation>Bộ nhớ đỉnh %1</translation>
    </message>
    <message>
        <source>Live tensors during one step at batch %1 (peak at %2)</source>
        <translation>Tensor đang tồn tại trong một bước với batch %1 (đỉnh tại %2)</translation>
    </message>
    <message>
        <source>the optimizer step</source>
        <translation>bước tối ưu</translation>
    </message>
    <message>
        <source>No layer saves anything for backward.</source>
        <translation>Không có lớp nào lưu gì cho lượt truyền ngược.</translation>
    </message>
    <message>
        <source>Saved for backward</source>
        <translation>Lưu cho truyền ngược</translation>
    </message>
    <message>
        <source>%1 (%2): %3 saved, %4 of the tensor peak
Click to select it in the graph.</source>
        <translation>%1 (%2): lưu %3, chiếm %4 đỉnh tensor
Nhấp để chọn lớp này trong đồ thị.</translation>
    </message>
    <message numerus="yes">
        <source>The %n layer(s) that save the most for backward</source>
        <translation>
            <numerusform>%n lớp lưu nhiều nhất cho lượt truyền ngược</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose target devices in Configuration to see their step time.</source>
        <translation>Hãy chọn thiết bị đích trong bảng Cấu hình để xem thời gian mỗi bước của chúng.</translation>
    </message>
    <message>
        <source>Samples per second</source>
        <translation>Số mẫu mỗi giây</translation>
    </message>
    <message>
        <source>%1
step %2, %3 samples/s
epoch (%4 steps) %5%6</source>
        <translation>%1
bước %2, %3 mẫu/s
epoch (%4 bước) %5%6</translation>
    </message>
    <message>
        <source>
The batch does not fit in its memory.</source>
        <translation>
Batch này không vừa bộ nhớ của thiết bị.</translation>
    </message>
    <message>
        <source>Throughput at batch %1 (roofline estimate)</source>
        <translation>Thông lượng ở batch %1 (ước lượng theo mô hình roofline)</translation>
    </message>
    <message>
        <source>Nothing fits on %1 (%2 usable), not even batch 1. The closest is %3, which misses by %4.</source>
        <translation>Không cấu hình nào vừa với %1 (dùng được %2), kể cả với batch 1. Cấu hình gần nhất là %3, còn thiếu %4.</translation>
    </message>
    <message>
        <source>%1 of %2 configurations fit on %3 (%4 usable), ranked by estimated throughput at an effective batch of %5. Double-click one, or select it and press Apply.</source>
        <translation>%1 trên %2 cấu hình vừa với %3 (dùng được %4), xếp hạng theo thông lượng ước tính với batch hiệu dụng %5. Nhấp đúp vào một cấu hình, hoặc chọn nó rồi nhấn Áp dụng.</translation>
    </message>
    <message>
        <source>Apply %1, micro-batch %2 × %3 steps</source>
        <translation>Áp dụng %1, micro-batch %2 × %3 bước</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>Áp dụng %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, freezing %n layer(s)</source>
        <translation>
            <numerusform>%1, đóng băng %n lớp</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeze layers</source>
        <translation>Đóng băng các lớp</translation>
    </message>
    <message numerus="yes">
        <source>Checkpointing: %1, %n segment(s)</source>
        <translation>
            <numerusform>Gradient checkpointing: %1, %n đoạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>Ảnh SVG (*.svg);;Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Thông lượng</translation>
    </message>
    <message>
        <source>Make it fit</source>
        <translation>Làm cho vừa</translation>
    </message>
    <message>
        <source>Pin plan</source>
        <translation>Ghim bản kế hoạch</translation>
    </message>
    <message>
        <source>Keep the current plan to compare it with later changes</source>
        <translation>Giữ lại bản kế hoạch hiện tại để so sánh với các thay đổi sau này</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Xuất biểu đồ…</translation>
    </message>
    <message>
        <source>Each point is a way to checkpoint at the current batch. Click a point to apply it (undoable).</source>
        <translation>Mỗi điểm là một cách đặt checkpoint ở batch hiện tại. Nhấp vào một điểm để áp dụng (có thể hoàn tác).</translation>
    </message>
    <message>
        <source>Samples per epoch:</source>
        <translation>Số mẫu mỗi epoch:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Thiết bị:</translation>
    </message>
    <message>
        <source>Consider freezing the first layers</source>
        <translation>Cân nhắc đóng băng các lớp đầu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>Mô hình so sánh: %1</translation>
    </message>
    <message>
        <source>Start of %1</source>
        <translation>Bắt đầu %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Compare with a Model</source>
        <translation>So sánh với một mô hình</translation>
    </message>
    <message>
        <source>Models (*.memplan *.onnx *.json);;All files (*)</source>
        <translation>Mô hình (*.memplan *.onnx *.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Could not compare with %1:
%2</source>
        <translation>Không so sánh được với %1:
%2</translation>
    </message>
    <message>
        <source>Compare with a model file…</source>
        <translation>So sánh với tệp mô hình…</translation>
    </message>
    <message>
        <source>Plan another model (.memplan, ONNX or Keras JSON) with the current configuration and show it beside the current plan</source>
        <translation>Lập kế hoạch cho một mô hình khác (.memplan, ONNX hoặc Keras JSON) với cấu hình hiện tại và hiển thị nó bên cạnh bản kế hoạch hiện tại</translation>
    </message>
</context>
<context>
    <name>memplanner::ComparisonModel</name>
    <message>
        <source>Fits, %1 free</source>
        <translation>Vừa, còn trống %1</translation>
    </message>
    <message>
        <source>Misses by %1</source>
        <translation>Không vừa, thiếu %1</translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không dùng</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Số tham số</translation>
    </message>
    <message>
        <source>Trainable parameters</source>
        <translation>Số tham số huấn luyện được</translation>
    </message>
    <message>
        <source>Compute per step</source>
        <translation>Khối lượng tính toán mỗi bước</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>Đỉnh thiết bị</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Chi phí runtime</translation>
    </message>
    <message>
        <source>%1: fit</source>
        <translation>%1: vừa hay không</translation>
    </message>
    <message>
        <source>%1: largest batch</source>
        <translation>%1: batch lớn nhất</translation>
    </message>
</context>
<context>
    <name>memplanner::ConfigPanel</name>
    <message>
        <source>Change mode</source>
        <translation>Đổi chế độ</translation>
    </message>
    <message>
        <source>Set batch size to %1</source>
        <translation>Đặt kích thước batch thành %1</translation>
    </message>
    <message>
        <source>Set sequence length to %1</source>
        <translation>Đặt độ dài chuỗi thành %1</translation>
    </message>
    <message>
        <source>Use optimizer %1</source>
        <translation>Dùng bộ tối ưu %1</translation>
    </message>
    <message>
        <source>Use precision %1</source>
        <translation>Dùng độ chính xác %1</translation>
    </message>
    <message>
        <source>Use runtime %1</source>
        <translation>Dùng runtime %1</translation>
    </message>
    <message>
        <source>Change target devices</source>
        <translation>Đổi thiết bị đích</translation>
    </message>
    <message>
        <source>Checkpointing: %1</source>
        <translation>Gradient checkpointing: %1</translation>
    </message>
    <message>
        <source>Train all layers</source>
        <translation>Huấn luyện tất cả các lớp</translation>
    </message>
    <message>
        <source>Freeze layers through “%1”</source>
        <translation>Đóng băng các lớp đến hết “%1”</translation>
    </message>
    <message>
        <source>None: train every layer</source>
        <translation>Không: huấn luyện mọi lớp</translation>
    </message>
    <message>
        <source>Through %1 (%2)</source>
        <translation>Đến hết %1 (%2)</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>Bước huấn luyện</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Suy luận</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không dùng</translation>
    </message>
    <message>
        <source>Uniform segments</source>
        <translation>Các đoạn đều nhau</translation>
    </message>
    <message>
        <source>√n segments</source>
        <translation>√n đoạn</translation>
    </message>
    <message>
        <source>Cheapest within a memory budget</source>
        <translation>Chi phí thấp nhất trong hạn mức bộ nhớ</translation>
    </message>
    <message>
        <source>Default (PyTorch CUDA; each device its own)</source>
        <translation>Mặc định (PyTorch CUDA; mỗi thiết bị dùng hồ sơ riêng)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Chế độ:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Kích thước batch:</translation>
    </message>
    <message>
        <source>Sequence length:</source>
        <translation>Độ dài chuỗi:</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Bộ tối ưu:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Độ chính xác:</translation>
    </message>
    <message>
        <source>Gradient checkpointing:</source>
        <translation>Gradient checkpointing:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Số đoạn:</translation>
    </message>
    <message>
        <source>Memory budget:</source>
        <translation>Hạn mức bộ nhớ:</translation>
    </message>
    <message>
        <source>Frozen layers:</source>
        <translation>Lớp đóng băng:</translation>
    </message>
    <message>
        <source>Runtime profile:</source>
        <translation>Hồ sơ runtime:</translation>
    </message>
    <message>
        <source>Target devices:</source>
        <translation>Thiết bị đích:</translation>
    </message>
    <message>
        <source>e.g. 6 GiB</source>
        <translation>ví dụ 6 GiB</translation>
    </message>
    <message>
        <source>Samples per training step (per device).</source>
        <translation>Số mẫu trong mỗi bước huấn luyện (trên mỗi thiết bị).</translation>
    </message>
    <message>
        <source>Tokens per sample for sequence models; ignored by image models.</source>
        <translation>Số token mỗi mẫu cho các mô hình chuỗi; mô hình ảnh bỏ qua giá trị này.</translation>
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
        <translation>kể cả 1 cũng không vừa</translation>
    </message>
    <message>
        <source>%1 × %2 steps</source>
        <translation>%1 × %2 bước</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>còn trống %1</translation>
    </message>
    <message>
        <source>misses by %1</source>
        <translation>không vừa, thiếu %1</translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 mẫu/s</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n lớp</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation>Micro-batch</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Đỉnh</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Phần dư</translation>
    </message>
    <message>
        <source>Extra compute</source>
        <translation>Tính toán thêm</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Thông lượng</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Đóng băng</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no layer is frozen</comment>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>memplanner::FrontierModel</name>
    <message>
        <source>No checkpointing</source>
        <translation>Không checkpoint</translation>
    </message>
    <message>
        <source>Uniform segments</source>
        <translation>Các đoạn đều nhau</translation>
    </message>
    <message>
        <source>√n segments</source>
        <translation>√n đoạn</translation>
    </message>
    <message>
        <source>Optimal frontier</source>
        <translation>Đường biên tối ưu</translation>
    </message>
    <message>
        <source>Segments start at: %1</source>
        <translation>Các đoạn bắt đầu tại: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Chiến lược</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Số đoạn</translation>
    </message>
    <message>
        <source>Extra compute</source>
        <translation>Tính toán thêm</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <source>Device peak</source>
        <translation>Đỉnh thiết bị</translation>
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
        <translation>đầu vào · %1</translation>
    </message>
    <message>
        <source>graph input</source>
        <translation>đầu vào đồ thị</translation>
    </message>
    <message>
        <source>Shape: %1</source>
        <translation>Hình dạng: %1</translation>
    </message>
    <message>
        <source>At this plan's batch: %1</source>
        <translation>Tại batch của bản kế hoạch này: %1</translation>
    </message>
    <message>
        <source>%1 · frozen</source>
        <translation>%1 · đóng băng</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Mô-đun: %1</translation>
    </message>
    <message>
        <source>Frozen: no gradients, no optimizer state</source>
        <translation>Đóng băng: không có gradient, không có trạng thái bộ tối ưu</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Đầu ra: %1</translation>
    </message>
    <message>
        <source>Saved for backward: %1 (%2% of the peak)</source>
        <translation>Lưu cho lượt truyền ngược: %1 (%2% mức đỉnh)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>There is no op called “%1”.</source>
        <translation>Không có phép toán nào tên “%1”.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Nối %1 vào %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cắt</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>bảng nhớ tạm</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Sắp xếp</translation>
    </message>
    <message>
        <source>Expand the group “%1” to connect to one of its layers.</source>
        <translation>Hãy mở rộng nhóm “%1” để nối tới một lớp trong nhóm.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Di chuyển</translation>
    </message>
</context>
<context>
    <name>memplanner::LayerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Hình dạng đầu ra</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Số tham số</translation>
    </message>
    <message>
        <source>Saved for backward</source>
        <translation>Lưu cho truyền ngược</translation>
    </message>
    <message>
        <source>Forward FLOPs</source>
        <translation>FLOP truyền xuôi</translation>
    </message>
    <message>
        <source>Share of peak</source>
        <translation>Tỉ lệ trong đỉnh</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>Huấn luyện được</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Đổi tên “%1” thành “%2”</translation>
    </message>
    <message>
        <source>Unfreeze “%1”</source>
        <translation>Bỏ đóng băng “%1”</translation>
    </message>
    <message>
        <source>Freeze “%1”</source>
        <translation>Đóng băng “%1”</translation>
    </message>
</context>
<context>
    <name>memplanner::LayerTablePanel</name>
    <message>
        <source>Filter layers by name or type…</source>
        <translation>Lọc lớp theo tên hoặc kiểu…</translation>
    </message>
</context>
<context>
    <name>memplanner::MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>New projects will target: %1</source>
        <translation>Thiết bị đích cho dự án mới: %1</translation>
    </message>
    <message>
        <source>Add input “%1”</source>
        <translation>Thêm đầu vào “%1”</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” có thay đổi chưa được lưu. Bạn có muốn lưu trước không?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>All supported (*.memplan *.onnx *.json);;MemPlanner projects (*.memplan);;ONNX models (*.onnx);;Keras model JSON (*.json)</source>
        <translation>Mọi định dạng được hỗ trợ (*.memplan *.onnx *.json);;Dự án MemPlanner (*.memplan);;Mô hình ONNX (*.onnx);;Tệp JSON mô hình Keras (*.json)</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Nhập mô hình</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;Keras model JSON (*.json)</source>
        <translation>Mô hình ONNX (*.onnx);;Tệp JSON mô hình Keras (*.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <source>MemPlanner projects (*.memplan)</source>
        <translation>Dự án MemPlanner (*.memplan)</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>một dự án chưa lưu</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Khôi phục công việc chưa lưu?</translation>
    </message>
    <message>
        <source>MemPlanner did not close properly. Work on %1 was saved automatically at %2. Recover it?</source>
        <translation>MemPlanner đã không đóng đúng cách. Công việc trên %1 đã được tự động lưu lúc %2. Khôi phục lại không?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>%1[*] — MemPlanner</source>
        <translation>%1[*] — MemPlanner</translation>
    </message>
    <message>
        <source>Cannot plan: see the summary</source>
        <translation>Không lập được kế hoạch: xem phần tóm tắt</translation>
    </message>
    <message>
        <source>Peak %1 (%2 ms)</source>
        <translation>Bộ nhớ đỉnh %1 (%2 ms)</translation>
    </message>
    <message>
        <source>No target device chosen</source>
        <translation>Chưa chọn thiết bị đích</translation>
    </message>
    <message>
        <source>Fits %1 (%2 free)</source>
        <translation>Vừa với %1 (còn trống %2)</translation>
    </message>
    <message>
        <source>Does not fit %1 (short by %2)</source>
        <translation>Không vừa với %1 (thiếu %2)</translation>
    </message>
    <message>
        <source>About MemPlanner</source>
        <translation>Giới thiệu MemPlanner</translation>
    </message>
    <message>
        <source>&lt;b&gt;MemPlanner %1&lt;/b&gt;&lt;p&gt;Plans the memory and compute of training a neural network before you train: weights, gradients, optimizer state, activations, workspace and runtime overhead, against the devices you have.&lt;/p&gt;&lt;p&gt;PyTorch eager autograd is the reference semantics.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MemPlanner %1&lt;/b&gt;&lt;p&gt;Lập kế hoạch bộ nhớ và khối lượng tính toán cho việc huấn luyện một mạng nơ-ron trước khi bạn huấn luyện: trọng số, gradient, trạng thái bộ tối ưu, giá trị kích hoạt, vùng nhớ làm việc và chi phí runtime, đối chiếu với các thiết bị bạn có.&lt;/p&gt;&lt;p&gt;Ngữ nghĩa tham chiếu là autograd ở chế độ eager của PyTorch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>Mở &amp;ví dụ</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Các &amp;bảng</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Tạo mới</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Import ONNX or Keras…</source>
        <translation>&amp;Nhập ONNX hoặc Keras…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lưu dưới &amp;dạng…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>A&amp;rrange graph</source>
        <translation>Sắ&amp;p xếp đồ thị</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>&amp;Fit graph to window</source>
        <translation>Thu phóng đồ thị &amp;vừa cửa sổ</translation>
    </message>
    <message>
        <source>&amp;About MemPlanner</source>
        <translation>&amp;Giới thiệu MemPlanner</translation>
    </message>
    <message>
        <source>Binary (MiB, GiB)</source>
        <translation>Nhị phân (MiB, GiB)</translation>
    </message>
    <message>
        <source>Decimal (MB, GB)</source>
        <translation>Thập phân (MB, GB)</translation>
    </message>
    <message>
        <source>Use current devices for new projects</source>
        <translation>Dùng các thiết bị hiện tại cho dự án mới</translation>
    </message>
    <message>
        <source>Layers palette</source>
        <translation>Bảng chọn lớp</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Layer table</source>
        <translation>Bảng các lớp</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Plan neural-network memory before you train.</source>
        <translation>Lập kế hoạch bộ nhớ cho mạng nơ-ron trước khi huấn luyện.</translation>
    </message>
    <message>
        <source>Interface language: en, vi or zh_CN.</source>
        <translation>Ngôn ngữ giao diện: en, vi hoặc zh_CN.</translation>
    </message>
    <message>
        <source>Open a built-in example, e.g. resnet50.</source>
        <translation>Mở một ví dụ có sẵn, chẳng hạn resnet50.</translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit (for documentation).</source>
        <translation>Lưu ảnh chụp cửa sổ vào tệp PNG rồi thoát (dùng cho tài liệu).</translation>
    </message>
    <message>
        <source>A .memplan project, an .onnx model or a Keras JSON file to open.</source>
        <translation>Dự án .memplan, mô hình .onnx hoặc tệp JSON Keras cần mở.</translation>
    </message>
    <message>
        <source>Select these layers (comma-separated) once the file is open.</source>
        <translation>Chọn các lớp này (phân tách bằng dấu phẩy) sau khi mở tệp.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Đồ thị</translation>
    </message>
    <message>
        <source>Charts and trade-offs</source>
        <translation>Biểu đồ và đánh đổi</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Không xuất được báo cáo</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Start on the charts instead of the graph, on tab N (0: breakdown … 6: make it fit).</source>
        <translation>Mở ở phần biểu đồ thay vì đồ thị, tại thẻ N (0: thành phần … 6: làm cho vừa).</translation>
    </message>
</context>
<context>
    <name>memplanner::PalettePanel</name>
    <message>
        <source>Inputs</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <source>Graph input</source>
        <translation>Đầu vào đồ thị</translation>
    </message>
    <message>
        <source>A data tensor fed to the network (images, tokens, labels).</source>
        <translation>Một tensor dữ liệu đưa vào mạng (ảnh, token, nhãn).</translation>
    </message>
    <message>
        <source>Double-click or drag onto the graph to add a %1 layer.</source>
        <translation>Nhấp đúp hoặc kéo vào đồ thị để thêm một lớp %1.</translation>
    </message>
</context>
<context>
    <name>memplanner::PropertiesPanel</name>
    <message>
        <source>Select a layer in the graph or the table to edit it.</source>
        <translation>Chọn một lớp trong đồ thị hoặc trong bảng để chỉnh sửa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — graph input</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — đầu vào đồ thị</translation>
    </message>
    <message>
        <source>Sizes separated by commas; “batch” and “seq” follow the configuration.</source>
        <translation>Các kích thước phân cách bằng dấu phẩy; “batch” và “seq” lấy theo cấu hình.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Hình dạng:</translation>
    </message>
    <message>
        <source>Element type:</source>
        <translation>Kiểu phần tử:</translation>
    </message>
    <message>
        <source>“%1” is not a shape: use positive sizes, “batch” or “seq”, separated by commas.</source>
        <translation>“%1” không phải là hình dạng hợp lệ: hãy dùng các kích thước dương, “batch” hoặc “seq”, phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>Edit input “%1”</source>
        <translation>Sửa đầu vào “%1”</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Đổi tên “%1” thành “%2”</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Mô-đun:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Đầu vào:</translation>
    </message>
    <message>
        <source>none (connect one in the graph)</source>
        <translation>không có (hãy nối một đầu vào trong đồ thị)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n layers&lt;/b&gt; of type %1 — edits apply to all</source>
        <translation>
            <numerusform>&lt;b&gt;%n lớp&lt;/b&gt; kiểu %1 — thay đổi được áp dụng cho tất cả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n layers&lt;/b&gt; of different types</source>
        <translation>
            <numerusform>&lt;b&gt;%n lớp&lt;/b&gt; thuộc các kiểu khác nhau</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainable (unchecked: frozen)</source>
        <translation>Huấn luyện được (bỏ chọn: đóng băng)</translation>
    </message>
    <message>
        <source>Apply attributes</source>
        <translation>Áp dụng thuộc tính</translation>
    </message>
    <message>
        <source>Attributes (JSON):</source>
        <translation>Thuộc tính (JSON):</translation>
    </message>
    <message>
        <source>The attributes are not a JSON object: %1</source>
        <translation>Các thuộc tính không phải là một đối tượng JSON: %1</translation>
    </message>
    <message>
        <source>Edit attributes of “%1”</source>
        <translation>Sửa thuộc tính của “%1”</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Mặc định: %1</translation>
    </message>
    <message>
        <source>as the op decides</source>
        <translation>do phép toán quyết định</translation>
    </message>
    <message>
        <source>several values</source>
        <translation>nhiều giá trị khác nhau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set %1 of “%2”</source>
        <translation>Đặt %1 của “%2”</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n layers</source>
        <translation>
            <numerusform>Đặt %1 của %n lớp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n layers</source>
        <translation>
            <numerusform>Bỏ đóng băng %n lớp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n layers</source>
        <translation>
            <numerusform>Đóng băng %n lớp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memplanner::ReportPreviewDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
</context>
<context>
    <name>memplanner::SummaryPanel</name>
    <message>
        <source>Cannot plan this graph</source>
        <translation>Không lập được kế hoạch cho đồ thị này</translation>
    </message>
    <message>
        <source>Peak %1</source>
        <translation>Bộ nhớ đỉnh %1</translation>
    </message>
    <message>
        <source>Tensors %1 + runtime overhead %2. The peak is in the %3 at %4%5.</source>
        <translation>Tensor %1 + chi phí runtime %2. Đỉnh nằm ở giai đoạn %3, tại %4%5.</translation>
    </message>
    <message>
        <source>the step's start</source>
        <translation>đầu bước</translation>
    </message>
    <message>
        <source> (recomputing a checkpointed segment)</source>
        <translation> (khi tính lại một đoạn checkpoint)</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Chi phí runtime</translation>
    </message>
    <message>
        <source>%1 parameters (%2 trainable) · compute per step %3 (forward %4, backward %5, recompute %6) · planned in %7</source>
        <translation>%1 tham số (%2 huấn luyện được) · khối lượng tính toán mỗi bước %3 (truyền xuôi %4, truyền ngược %5, tính lại %6) · lập kế hoạch trong %7</translation>
    </message>
    <message>
        <source>fits, %1 free</source>
        <translation>vừa, còn trống %1</translation>
    </message>
    <message>
        <source>misses by %1</source>
        <translation>không vừa, thiếu %1</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <source>At the peak</source>
        <translation>Tại đỉnh</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Peak there</source>
        <translation>Đỉnh trên thiết bị</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Batch lớn nhất</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Thời gian mỗi bước</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target devices&lt;/b&gt; (choose them in Configuration)</source>
        <translation>&lt;b&gt;Thiết bị đích&lt;/b&gt; (chọn trong bảng Cấu hình)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cảnh báo&lt;/b&gt;</translation>
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
        <translation>%1 mẫu/s</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>vừa</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>không vừa</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Thời gian mỗi bước</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Thông lượng</translation>
    </message>
    <message>
        <source>Epoch time</source>
        <translation>Thời gian mỗi epoch</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
</context>
<context>
    <name>memplanner::TimelineModel</name>
    <message>
        <source>%1 (recompute)</source>
        <translation>%1 (tính lại)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>Tensor</translation>
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
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Phép toán</translation>
    </message>
    <message>
        <source>Saved for backward</source>
        <translation>Lưu cho truyền ngược</translation>
    </message>
    <message>
        <source>Share of the peak</source>
        <translation>Tỉ lệ trong đỉnh</translation>
    </message>
</context>
</TS>