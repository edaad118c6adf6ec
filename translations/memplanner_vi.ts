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
        <source>Usage: memplanner-cli plan|sweep|fit|devices|ops|ram|dtypes|deploy|shard [options]; memplanner-cli VERB --help for the options.</source>
        <translation>Cách dùng: memplanner-cli plan|sweep|fit|devices|ops|ram|dtypes|deploy|shard [tùy chọn]; chạy memplanner-cli VERB --help để xem các tùy chọn.</translation>
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
        <source>What to vary: batch or checkpoint.</source>
        <translation>Đại lượng thay đổi: batch hoặc checkpoint.</translation>
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
        <source>--over must be batch or checkpoint, not “%1”.</source>
        <translation>--over phải là batch hoặc checkpoint, chứ không phải “%1”.</translation>
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
    <name>ModelError</name>
    <message>
        <source>Sizes overflow 64 bits at %1: the model or batch is absurdly large.</source>
        <translation>Kích thước vượt quá 64 bit tại %1: mô hình hoặc batch lớn vô lý.</translation>
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
        <source>%1: ONNX import is not available in this version yet.</source>
        <translation>%1: phiên bản này chưa hỗ trợ nhập ONNX.</translation>
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
        <source>%1 looks like a Keras model; Keras import is not available in this version yet.</source>
        <translation>%1 có vẻ là một mô hình Keras; phiên bản này chưa hỗ trợ nhập Keras.</translation>
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
</TS>