package vn.vanthu.document.markup;

/**
 * The body of seed 003 (Kế hoạch of UBND tỉnh Lai Châu implementing Chỉ thị 23/CT-TTg) as a
 * clerk would type it in vanthu markup: headings without their ** and # artifacts, most numbers
 * left to the automatic numbering, three typed verbatim (II., 2., 11.).
 */
final class Seed003Body {

    static final String MARKUP = """
            Thực hiện Chỉ thị số 23/CT-TTg ngày 26 tháng 5 năm 2020 của Thủ tướng Chính phủ về việc tăng cường các giải pháp bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em, Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch thực hiện với các nội dung chủ yếu như sau:

            # MỤC ĐÍCH, YÊU CẦU

            ## Mục đích

            - Tăng cường các giải pháp bảo đảm thực hiện quyền, lợi ích của trẻ em và bảo vệ trẻ em, phòng chống bạo lực, xâm hại tình dục, xâm hại trẻ em trên môi trường mạng, trẻ em tử vong do tai nạn, thương tích, lạm dụng sức lao động trẻ em ở một số ngành nghề, lĩnh vực...

            - Nâng cao nhận thức của các cấp, các ngành và toàn xã hội về tính cấp bách và tầm quan trọng của công tác bảo vệ, chăm sóc trẻ em, thực hiện các quyền của trẻ em và bảo vệ trẻ em.

            - Nâng cao trách nhiệm của các ngành, các cấp, cộng đồng và mỗi gia đình cùng chung tay bảo vệ, chăm sóc trẻ em; phòng, chống bạo lực, xâm hại trẻ em; qua đó kịp thời phát hiện và ngăn chặn, tố giác hành vi xâm hại trẻ em. Tăng cường giải pháp phòng ngừa, giảm thiểu tình trạng trẻ em bị bạo lực, xâm hại; đặc biệt là xâm hại tình dục trẻ em; kịp thời xử lý nghiêm các vụ việc bạo lực, xâm hại trẻ em, giảm tối đa các tổn hại do bạo lực, xâm hại gây ra cho trẻ em.

            ## 2. Yêu cầu

            - Các sở, ban, ngành, địa phương thực hiện nghiêm túc các quy định của pháp luật về trẻ em, thường xuyên rà soát, kiến nghị cơ quan có thẩm quyền hoàn thiện chính sách, pháp luật về trẻ em.

            - Đổi mới công tác tuyên truyền, ưu tiên thời điểm, thời lượng phát sóng các chương trình về chính sách, pháp luật và bảo vệ trẻ em với nội dung, hình thức đa dạng, phong phú phù hợp với các nhóm đối tượng, điều kiện phát triển kinh tế - xã hội.

            - Người đứng đầu cơ quan, tổ chức, chính quyền địa phương phải chịu trách nhiệm khi để xảy ra tình trạng trẻ em tử vong do tai nạn thương tích, vi phạm nghiêm trọng quyền trẻ em, bạo lực, xâm hại tình dục, trẻ em lang thang kiếm sống trên địa bàn hoặc không hỗ trợ, can thiệp, xử lý kịp thời các vụ việc vi phạm quyền trẻ em.

            - Xử lý nghiêm đối với các cơ quan, tổ chức, cá nhân, kể cả cha mẹ, người chăm sóc trẻ em có hành vi vi phạm pháp luật về trẻ em, nhất là các hành vi xâm hại trẻ em, bao che, chậm trễ, cố tình kéo dài vụ việc vi phạm quyền trẻ em với phương châm “đúng người, đúng việc, đúng thẩm quyền, đúng trách nhiệm”.

            - Tăng cường thanh tra, kiểm tra việc thực hiện các quy định của pháp luật về trẻ em.

            # II. NỘI DUNG

            ## Về đầu tư nguồn lực cho công tác thực hiện quyền trẻ em và bảo vệ trẻ em

            - Hàng năm cân đối ngân sách cho các hoạt động của lĩnh vực chăm sóc, giáo dục và bảo vệ trẻ em.

            - Tích cực huy động nguồn lực hợp pháp từ các tổ chức, cá nhân trong và ngoài nước cho công tác chăm sóc, giáo dục và bảo vệ trẻ em.

            - Nâng cao chất lượng các tiêu chí và thực hiện quyền trẻ em tại các xã đạt chuẩn nông thôn mới và các xã đạt chuẩn xã, phường, thị trấn phù hợp với trẻ em.

            - Nâng cao số lượng và chất lượng đội ngũ cán bộ tham gia làm công tác chăm sóc, giáo dục và bảo vệ trẻ em đặc biệt là đội ngũ cộng tác viên thôn, bản.

            ## Về chăm sóc sức khỏe trẻ em

            - Thực hiện tốt các hoạt động chăm sóc sức khỏe những năm đầu đời cho trẻ em để giảm thiểu tỷ suất chết trẻ em dưới 01 tuổi và dưới 05 tuổi.

            - Nâng cao hiệu quả các hoạt động của các chương trình, dự án liên quan đến phòng chống suy dinh dưỡng cho trẻ em, nhất là các trẻ em sống trong các gia đình nghèo, cận nghèo trẻ em vùng dân tộc đặc biệt khó khăn của tỉnh.

            - Nâng cao nhận thức cho người dân vùng dân tộc thiểu số về vấn đề tảo hôn và kết hôn cận huyết thống làm ảnh hưởng đến sức khỏe của trẻ em và giống nòi.

            ## Về bảo vệ trẻ em

            - Thực hiện tốt việc tuyên truyền nâng cao nhận thức trách nhiệm của các cấp, các ngành, gia đình, cộng đồng trong việc phòng ngừa để giảm thiểu số trẻ em có hoàn cảnh đặc biệt, đặc biệt là việc tác động vào các nhóm đối tượng có nguy cơ rơi vào hoàn cảnh đặc biệt.

            - Tăng cường giáo dục kiến thức, kỹ năng bảo vệ trẻ em đặc biệt về phòng ngừa xâm hại tình dục và bạo lực đối với trẻ em do cha mẹ các thành viên trong gia đình, giáo viên, người chăm sóc trẻ, người trực tiếp làm việc với trẻ và kiến thức kỹ năng tự bảo vệ, tự phòng vệ xâm hại cho trẻ em.

            - Thiết lập đầu mối tiếp nhận thông tin xác lập cơ chế phối hợp phòng ngừa, xử lý, tư vấn, can thiệp hỗ trợ trẻ em có hoàn cảnh đặc biệt nhằm nâng cao tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc trợ giúp.

            - Người đứng đầu cơ quan, tổ chức, chính quyền địa phương phải chịu trách nhiệm khi để xảy ra tình trạng trẻ em tử vong do tai nạn thương tích, vi phạm nghiêm trọng quyền trẻ em, bạo lực, xâm hại tình dục, trẻ em lang thang kiếm sống trên địa bàn hoặc không hỗ trợ, can thiệp, xử lý kịp thời các vụ việc vi phạm quyền trẻ em.

            - Xử lý nghiêm đối với cơ quan, tổ chức, cá nhân, kể cả cha mẹ, người chăm sóc trẻ em khi có hành vi vi phạm pháp luật về trẻ em, nhất là các hành vi xâm hại trẻ em, bao che, chậm trễ, cố tình kéo dài các vụ việc vi phạm quyền trẻ em với phương châm “đúng người, đúng việc, đúng thẩm quyền, đúng trách nhiệm”.

            ## Về sự tham gia của trẻ em

            - Tổ chức tốt các hoạt động có sự tham gia của trẻ em như tổ chức diễn đàn trẻ em, các cuộc thi tìm hiểu kiến thức cho trẻ, thực hiện thí điểm một số mô hình “Câu lạc bộ quyền tham gia của trẻ em”, “Hội đồng trẻ em” ở một số đơn vị trường học, cộng đồng của các huyện, thành phố.

            - Nâng cao năng lực cho đội ngũ cán bộ đoàn cơ sở, cán bộ đoàn đội trong trường học về việc xây dựng và áp dụng phương pháp giáo dục gắn liền với sự tham gia của trẻ để trẻ được bày tỏ ý kiến, nguyện vọng trong các vấn đề liên quan đến trẻ em tại địa phương.

            ## Về cơ hội phát triển cho trẻ em

            - Nâng cao chất lượng giáo dục cho trẻ em từng bước thu hẹp khoảng cách chênh lệch về cơ hội phát triển giữa trẻ em vùng thấp có điều kiện với trẻ em vùng cao, vùng dân tộc thiểu số; giữa trẻ bình thường với trẻ em có hoàn cảnh đặc biệt; giữa trẻ em gái với trẻ em trai.

            - Duy trì và giữ vững kết quả phổ cập tiểu học đúng độ tuổi và phổ cập trung học cơ sở ở các xã đặc biệt khó khăn trên địa bàn tỉnh.

            - Tăng cường việc huy động nguồn lực từ việc xã hội hóa để xây dựng các điểm vui chơi dành riêng cho trẻ em ở các xã phường thị trấn đặc biệt quan tâm đến các xã vùng đặc biệt khó khăn.

            # CÁC NHIỆM VỤ CỤ THỂ

            1. Tăng cường lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền các cấp, các ngành và huy động sức mạnh của toàn xã hội tham gia công tác chăm sóc, giáo dục và bảo vệ trẻ em. Đặc biệt cần có sự đầu tư về nguồn lực, trong đó bố trí công tác viên làm công tác bảo vệ, chăm sóc trẻ em ở thôn, bản, tổ dân phố là rất cần thiết bởi công tác chăm sóc, giáo dục và bảo vệ trẻ em được thực hiện trước hết từ phía gia đình và cộng đồng dân cư.

            2. Đẩy mạnh công tác tuyên truyền, giáo dục và vận động để mọi người dân thấy được tính cấp bách và tầm quan trọng của công tác chăm sóc, giáo dục và bảo vệ trẻ em. Khen thưởng, nêu gương người tốt, việc tốt; quan tâm đến giáo dục pháp luật, kiến thức, kỹ năng chăm sóc, giáo dục và bảo vệ trẻ em...

            3. Xây dựng và thực hiện có hiệu quả các chương trình, kế hoạch, dự án về công tác chăm sóc, giáo dục và bảo vệ trẻ em phù hợp với tình hình phát triển kinh tế - xã hội của từng ngành, từng địa phương; Tổ chức hội thảo, tập huấn nghiệp vụ nâng cao năng lực đội ngũ cán bộ thực hiện công tác chăm sóc, giáo dục và bảo vệ trẻ em nhằm đáp ứng yêu cầu, nhiệm vụ đề ra trong tình hình mới.

            4. Ưu tiên bố trí tăng nguồn ngân sách hàng năm cho sự nghiệp chăm sóc, giáo dục và bảo vệ trẻ em; Đẩy mạnh việc xã hội hóa theo hướng nâng cao trách nhiệm của gia đình, nhà trường, cộng đồng dân cư và các tổ chức chính trị - xã hội; tổ chức tốt các hoạt động chăm sóc trẻ em có hoàn cảnh đặc biệt và trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt; tổ chức tháng hành động vì trẻ em, Ngày quốc tế thiếu nhi, Tết Trung thu và Diễn đàn trẻ em các cấp.

            5. Tăng cường phối hợp giữa các ban, ngành, đoàn thể, giữa nhà trường, gia đình và xã hội, trong hoạt động chăm sóc, giáo dục, bảo vệ trẻ em; trong đó, gia đình có trách nhiệm nuôi dưỡng, giáo dục và bảo vệ trẻ em, cùng với nhà trường giáo dục hình thành nhân cách và trang bị kiến thức, kỹ năng cần thiết cho trẻ em phát triển toàn diện.

            6. Củng cố, kiện toàn tổ chức bộ máy, cán bộ làm công tác chăm sóc, giáo dục và bảo vệ trẻ em tại các cấp. Xây dựng và phát triển mô hình Hệ thống bảo vệ trẻ em dựa vào cộng đồng.

            7. Thanh tra, kiểm tra, giám sát việc chấp hành chính sách, pháp luật về trẻ em và thực hiện các quyền của trẻ em đặc biệt là chính sách bảo trợ cho trẻ em có hoàn cảnh đặc biệt.

            # TỔ CHỨC THỰC HIỆN

            ## Sở Lao động - Thương binh và Xã hội

            - Tổ chức các hình thức phù hợp để lắng nghe ý kiến, nguyện vọng của trẻ em trong quá trình xây dựng và thực hiện chương trình, chính sách, pháp luật về trẻ em bảo đảm thực chất, hiệu quả.

            - Xây dựng Chương trình hành động quốc gia vì trẻ em; Chương trình phòng ngừa giảm thiểu lao động trẻ em.

            - Phối hợp triển khai các biện pháp phòng, chống tai nạn, thương tích trẻ em, giảm thiểu tình trạng trẻ em tử vong do đuối nước.

            - Chỉ đạo hệ thống cơ sở cung cấp dịch vụ bảo vệ trẻ em hoạt động hiệu quả, bảo đảm an toàn, thân thiện và phòng, chống xâm hại trẻ em.

            - Thường xuyên phối hợp với các Sở, ban, ngành, địa phương kiểm tra về trách nhiệm thực hiện quyền trẻ em, chính sách, pháp luật về phòng, chống xâm hại trẻ em trên địa bàn tỉnh.

            ## Sở Y tế

            - Triển khai giải pháp phòng, chống suy dinh dưỡng trẻ em dưới 5 tuổi, đặc biệt là suy dinh dưỡng thể thấp còi, phòng, chống suy dinh dưỡng trẻ em các xã đặc biệt khó khăn trên địa bàn tỉnh.

            - Nghiên cứu, tham mưu ban hành tiêu chí xác định mức độ tổn hại sức khỏe tâm thần đối với trẻ em bị xâm hại; quy trình giám định đặc thù đối với các vụ xâm hại tình dục trẻ em; xác định mức độ khuyết tật đối với trẻ em mắc hội chứng rối loạn phổ tự kỷ, trẻ em mắc bệnh hiểm nghèo, bệnh phải điều trị dài ngày.

            - Xây dựng quy trình tiếp nhận khám bệnh, chữa bệnh cho trẻ em bị bạo lực, xâm hại tình dục.

            - Chỉ đạo cơ quan giám định pháp y ưu tiên giám định đối với trẻ em là nạn nhân của các vụ xâm hại trẻ em.

            ## Sở Giáo dục và Đào tạo

            - Triển khai chính sách, giải pháp giảm thiểu tình trạng trẻ em bỏ học, đặc biệt là các xã khó khăn trên địa bàn tỉnh.

            - Hướng dẫn việc thực hiện phương pháp giáo dục tích cực, nâng cao nhận thức, trách nhiệm, năng lực, phẩm chất và đạo đức nghề nghiệp cho cán bộ quản lý, giáo viên, nhân viên của cơ sở giáo dục.

            - Triển khai có hiệu quả công tác phối hợp giữa nhà trường, gia đình, xã hội trong hoạt động giáo dục, đặc biệt là giáo dục lối sống văn hóa, rèn luyện đạo đức cho học sinh và phòng, chống bạo lực học đường, xâm hại tình dục trẻ em trong trường học.

            - Phổ biến, tuyên truyền về tác hại của ma túy, rượu bia, thuốc lá; phát hiện và ngăn chặn kịp thời việc học sinh sử dụng trái phép chất gây nghiện.

            - Thực hiện quyết liệt, cải thiện căn bản điều kiện vệ sinh, nước sạch, an toàn thực phẩm trong trường học.

            - Thường xuyên kiểm tra việc thực hiện trách nhiệm bảo vệ trẻ em, phòng ngừa và xử lý kịp thời các vụ việc bạo lực, xâm hại tình dục, tai nạn, thương tích trẻ em trong trường học.

            ## Sở Văn hóa, Thể thao và Du lịch

            - Tuyên truyền, giáo dục về đạo đức, lối sống, cách cư xử trong gia đình, trách nhiệm nêu gương của người lớn; giáo dục trẻ em gìn giữ, phát huy bản sắc văn hóa dân tộc, giá trị truyền thống tốt đẹp của gia đình Việt Nam.

            - Hướng dẫn gia đình các biện pháp khắc phục, phòng, chống tình trạng cha mẹ, người thân xâm hại tính mạng, sức khỏe, tinh thần, nhân phẩm của trẻ em; trang bị kiến thức, kỹ năng thực hiện trách nhiệm chăm sóc, giáo dục, bảo vệ trẻ em.

            - Phòng ngừa bạo lực, xâm hại tình dục trẻ em trong các hoạt động văn hóa, thể thao, du lịch.

            - Ưu tiên xây dựng điểm vui chơi, giải trí, hoạt động văn hóa, nghệ thuật, thể dục, thể thao cho trẻ em cấp xã, nhất là các xã có điều kiện kinh tế - xã hội đặc biệt khó khăn.

            ## Công an tỉnh

            - Thường xuyên triển khai các biện pháp phòng, chống hành vi bạo lực, xâm hại tình dục, mua bán trẻ em, đặc biệt là mua bán trẻ sơ sinh. Đẩy mạnh công tác điều tra, xử lý các đối tượng có hành vi xâm hại trẻ em.

            - Chỉ đạo công an các huyện, thành phố, nhất là lực lượng công an cơ sở tăng cường rà soát, phát hiện, ngăn chặn kịp thời hành vi bạo lực, xâm hại tình dục, xâm hại trẻ em trên môi trường mạng, bóc lột trẻ em; quản lý, giáo dục người chưa thành niên vi phạm pháp luật.

            - Tuyên truyền phòng, chống ma túy trong thiếu niên, học sinh; xử lý nghiêm các trường hợp quảng cáo, mua bán, dụ dỗ, lôi kéo người chưa thành niên sử dụng trái phép ma túy, hoạt động tội phạm về ma túy.

            ## Sở Thông tin và Truyền thông

            - Chủ trì phối hợp với Sở Lao động - Thương binh và Xã hội chỉ đạo, hướng dẫn các cơ quan thông tin đại chúng và hệ thống thông tin cơ sở tăng cường tuyên truyền thực hiện Chỉ thị 23/CT-TTg trên địa bàn tỉnh.

            - Thực hiện theo dõi, phối hợp với các cơ quan chức năng phát hiện, xử lý nghiêm cơ quan báo chí, xuất bản, tổ chức, cá nhân hoạt động trên môi trường mạng có hành vi vi phạm pháp luật về bảo vệ hình ảnh, thông tin đời sống riêng tư, bí mật cá nhân của trẻ em.

            ## Sở Tư pháp

            - Kiến nghị, đề xuất các giải pháp để tăng cường bảo vệ trẻ em trong quá trình xử lý vi phạm hành chính theo quy định của pháp luật.

            - Chủ động thực hiện trợ giúp pháp lý đối với trẻ em, đặc biệt là trẻ em bị xâm hại, bảo đảm nhanh chóng, kịp thời và hiệu quả.

            ## Sở Xây dựng

            - Rà soát tiêu chuẩn, tiêu chí an toàn cho trẻ em; thường xuyên kiểm tra việc chấp hành tiêu chuẩn, tiêu chí an toàn cho trẻ em ở các công trình xây dựng, chung cư, nhà cao tầng, điểm vui chơi cho trẻ em.

            ## Sở Giao thông vận tải

            - Rà soát tiêu chuẩn an toàn, phòng ngừa tai nạn giao thông cho trẻ em; thường xuyên kiểm tra việc chấp hành tiêu chuẩn an toàn cho trẻ em đối với các công trình, phương tiện giao thông, phương tiện đưa đón học sinh.

            ## Ban Dân tộc

            - Truyền thông, giáo dục nâng cao nhận thức và ý thức pháp luật, chuyển đổi hành vi để đẩy lùi, ngăn chặn tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số.

            ## 11. Sở Kế hoạch và Đầu tư

            - Chủ trì phối hợp với Sở Lao động - Thương binh và Xã hội các đơn vị liên quan tham mưu UBND tỉnh cân đối, phân bổ vốn đầu tư phát triển theo quy định hiện hành để triển khai thực hiện các chương trình, dự án liên quan.

            ## Sở Tài chính

            - Tham mưu UBND tỉnh bố trí kinh phí thực hiện các chương trình, đề án, dự án về bảo vệ, chăm sóc, giáo dục trẻ em, đặc biệt cho công tác phòng, chống xâm hại trẻ em theo phân cấp ngân sách nhà nước hiện hành.

            ## Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam, Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức thành viên của Mặt trận

            - Tăng cường giám sát, phản biện việc thực hiện quyền trẻ em, giải quyết những vi phạm quyền trẻ em.

            - Tuyên truyền, giáo dục, vận động hội viên, đoàn viên và toàn xã hội tham gia thực hiện chính sách, pháp luật của trẻ em; tích cực tham gia phòng ngừa và hỗ trợ trẻ em, gia đình trẻ em là nạn nhân của các vụ việc bạo lực, xâm hại, tai nạn, thương tích.

            ## Ủy ban nhân dân các huyện, thành phố

            - Tham mưu cho Hội đồng nhân dân cùng cấp ban hành Nghị quyết để thực hiện và giám sát việc thực hiện chính sách, pháp luật về trẻ em trên địa bàn.

            - Căn cứ các Văn bản chỉ đạo và Kế hoạch của tỉnh, chỉ đạo triển khai thực hiện các Quyền trẻ em và bảo vệ trẻ em trên địa bàn; Tăng cường công tác tuyên truyền dưới nhiều hình thức không để xảy ra tình trạng trẻ em tử vong do tai nạn thương tích, vi phạm nghiêm trọng quyền trẻ em, bạo lực, xâm hại tình dục trẻ em, trẻ em lang thang kiếm sống trên địa bàn hoặc không hỗ trợ, can thiệp, xử lý kịp thời các vụ việc vi phạm quyền trẻ em.

            - Bố trí ngân sách bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em, nhất là việc triển khai các hoạt động, chương trình, kế hoạch, đề án về trẻ em đã được các cấp có thẩm quyền phê duyệt và việc công nhận xã, phường, thị trấn đạt tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em.

            - Chỉ đạo, bố trí người làm công tác bảo vệ trẻ em cấp xã trong số cán bộ, công chức hoặc người hoạt động không chuyên trách, có nhóm thường trực bảo vệ trẻ em hoạt động hiệu quả và có chính sách hỗ trợ hoạt động.

            - Kiểm tra, rà soát việc triển khai các biện pháp bảo đảm an toàn, thân thiện với trẻ em, đặc biệt đối với các phương tiện giao thông đưa đón học sinh, khu dân cư, khu vực thường xảy ra tai nạn đuối nước, tai nạn giao thông, cơ sở cung cấp dịch vụ bảo vệ trẻ em, cơ sở chăm sóc, nuôi dưỡng trẻ em, cơ sở khám bệnh, chữa bệnh cho trẻ em, cơ sở giáo dục, các thiết chế văn hóa, thể thao thuộc địa bàn quản lý.

            # CHẾ ĐỘ BÁO CÁO

            Yêu cầu các Sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố nghiêm túc tổ chức triển khai thực hiện và có trách nhiệm báo cáo kết quả thực hiện Kế hoạch, định kỳ một năm một lần hoặc khi có yêu cầu đột xuất gửi về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh xã hội theo định kỳ./.
            """;

    private Seed003Body() {
    }
}
